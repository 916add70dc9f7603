import { describe, expect, it } from "vitest";
import { excerpt, maskSecrets, REDACTED, secretsOfAuthorization } from "../src/redact.ts";

// Every character that breaks a naive encoding or a naive excerpt: space + / = & % <i> " \ and a whitespace run.
const SECRET = 'sp ce+sl/eq=amp&pct%<i>q"bs\\  end';
const ID = "client:id";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const form = (s: string) => new URLSearchParams({ s }).toString().slice(2);

/** Every form a server may echo a secret in. */
function formsOf(secret: string): Record<string, string> {
  const json = JSON.stringify(secret).slice(1, -1);
  return {
    raw: secret,
    uri: encodeURIComponent(secret),
    "uri lower-case hex": encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    form: form(secret),
    json,
    "json with \\/": json.replace(/\//g, "\\/"),
    "json ascii (\\u003c)": json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    html: secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"),
    "basic (RFC 7617)": b64(`${ID}:${secret}`),
    "basic (RFC 6749 form-encoded)": b64(`${form(ID)}:${form(secret)}`),
    "base64url inside a run": `xx${b64(`pre${secret}post`).replace(/\+/g, "-").replace(/\//g, "_")}`,
  };
}

describe("maskSecrets", () => {
  for (const [name, f] of Object.entries(formsOf(SECRET))) {
    it(`masks the ${name} form`, () => {
      const out = maskSecrets(`before ${f} after`, [SECRET]);
      expect(out).toContain(REDACTED);
      expect(out).not.toContain(f);
      expect(out.startsWith("before ")).toBe(true);
    });
  }

  it("masks another secret of the same kind in every form too", () => {
    const other = "x y&z<b>\"w\\v/u+t=s%r";
    for (const f of Object.values(formsOf(other))) expect(maskSecrets(`[${f}]`, [other])).not.toContain(f);
  });

  it("leaves text without secrets alone, and ignores secrets shorter than 3 characters", () => {
    expect(maskSecrets("nothing here", [SECRET, "ab", undefined, null])).toBe("nothing here");
    expect(maskSecrets("ab ab", ["ab"])).toBe("ab ab");
  });

  it("masks a long base64 body in linear time (no backtracking)", () => {
    const body = "A".repeat(200_000);
    expect(maskSecrets(body, [SECRET])).toBe(body);
  });
});

describe("excerpt", () => {
  it("masks before stripping tags and collapsing whitespace: no stripped form survives", () => {
    const out = excerpt(`<p>echo: ${SECRET}</p>`, 200, [SECRET]);
    expect(out).toBe(`echo: ${REDACTED}`);
    // the form an excerpt would make of the secret
    const stripped = SECRET.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");
    expect(excerpt(`<p>echo: ${stripped}</p>`, 200, [SECRET])).not.toContain(stripped);
  });

  it("masks secrets before cutting, so no prefix of a secret is left at the cut", () => {
    const out = excerpt(`${"x".repeat(190)}${SECRET}`, 200, [SECRET]);
    expect(out).not.toContain("sp ce");
  });

  it("removes tags and control characters and masks what looks like a credential", () => {
    expect(excerpt("<h1>502</h1>\n\u0007 upstream said Bearer abc.def", 200)).toBe("502 upstream said Bearer ***");
    expect(excerpt('{"token": "abc"}', 200)).toBe('{"token": "***"}');
    expect(excerpt("x".repeat(300), 50)).toHaveLength(50);
  });
});

describe("secretsOfAuthorization", () => {
  it("a bearer token", () => {
    expect(secretsOfAuthorization("Bearer abc.def-ghi")).toEqual(["abc.def-ghi"]);
  });

  it("basic: the credential, user:password, the password and its form-decoded form", () => {
    const header = `Basic ${b64(`${form(ID)}:${form(SECRET)}`)}`;
    const secrets = secretsOfAuthorization(header);
    expect(secrets).toContain(SECRET);
    expect(secrets).toContain(header.slice(6));
    expect(maskSecrets(`echo ${header} and ${SECRET}`, secrets)).toBe(`echo Basic ${REDACTED} and ${REDACTED}`);
  });

  it("nothing, or an unparsable header as a whole", () => {
    expect(secretsOfAuthorization(null)).toEqual([]);
    expect(secretsOfAuthorization("opaque")).toEqual(["opaque"]);
  });
});
