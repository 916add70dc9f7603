import { describe, expect, it } from "vitest";
import { OAuthError, TokenRequestError, TokenResponseError } from "../src/errors.ts";
import { DEFAULT_LIFETIME_SECONDS, MAX_LIFETIME_SECONDS, jwtExpiry, validateTokenReply } from "../src/token-response.ts";
import { recordError } from "./support/output-scan.ts";
import { UNIT_SECRET } from "./support/oauth-clients.ts";

const T0 = 1_800_000_000_000;
const json = (body: unknown, status = 200) => ({ status, contentType: "application/json", body: JSON.stringify(body) });
const ok = (extra: Record<string, unknown>) => json({ access_token: "opaque-token_1.2~3+4/5=", token_type: "Bearer", ...extra });
const jwt = (payload: object) => `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.sig`;

function rejects(reply: Parameters<typeof validateTokenReply>[0], cls: new (...a: never[]) => Error): Error {
  try {
    validateTokenReply(reply, T0, [UNIT_SECRET]);
  } catch (e) {
    recordError(e);
    expect(e).toBeInstanceOf(cls);
    return e as Error;
  }
  throw new Error("expected a rejection");
}

describe("validateTokenReply (RFC 6749 §5.1)", () => {
  it("accepts a conforming reply; the lifetime counts from when the request was sent", () => {
    const { accessToken, cacheable } = validateTokenReply(ok({ expires_in: 300 }), T0, []);
    expect(accessToken).toMatchObject({ token: "opaque-token_1.2~3+4/5=", tokenType: "Bearer", expiresAt: T0 + 300_000 });
    expect(cacheable).toBe(true);
  });

  it.each(["bearer", "BEARER", "Bearer"])("accepts token_type %s (case-insensitive)", (tokenType) => {
    expect(validateTokenReply(ok({ token_type: tokenType, expires_in: 60 }), T0, []).accessToken.tokenType).toBe("Bearer");
  });

  it("accepts a missing token_type", () => {
    expect(validateTokenReply(json({ access_token: "abc", expires_in: 60 }), T0, []).accessToken.token).toBe("abc");
  });

  it('accepts expires_in as a numeric string ("300")', () => {
    expect(validateTokenReply(ok({ expires_in: "300" }), T0, []).accessToken.expiresAt).toBe(T0 + 300_000);
  });

  it.each([[-5], [Number.NaN], ["abc"], ["-5"], [""], [true], [{}]])("rejects expires_in %s", (value) => {
    const body = `{"access_token":"abc","token_type":"Bearer","expires_in":${typeof value === "number" && Number.isNaN(value) ? "NaN" : JSON.stringify(value)}}`;
    // NaN is not JSON: the reply then fails as a whole; every other value fails on expires_in.
    const e = rejects({ status: 200, contentType: "application/json", body }, TokenResponseError) as TokenResponseError;
    expect(e.field).toBe(Number.isNaN(value as number) ? "body" : "expires_in");
  });

  it("rejects expires_in Infinity (as a huge literal that parses to Infinity)", () => {
    const e = rejects({ status: 200, contentType: "application/json", body: '{"access_token":"abc","expires_in":1e400}' }, TokenResponseError);
    expect((e as TokenResponseError).field).toBe("expires_in");
  });

  it("expires_in 0: usable once, not cacheable", () => {
    const r = validateTokenReply(ok({ expires_in: 0 }), T0, []);
    expect(r.cacheable).toBe(false);
    expect(r.accessToken.expiresAt).toBe(T0);
  });

  it("expires_in missing: the JWT exp when readable", () => {
    const token = jwt({ exp: (T0 + 120_000) / 1000 });
    expect(validateTokenReply(json({ access_token: token, token_type: "Bearer" }), T0, []).accessToken.expiresAt).toBe(T0 + 120_000);
  });

  it(`expires_in missing and an opaque token: the documented default of ${DEFAULT_LIFETIME_SECONDS} s`, () => {
    expect(validateTokenReply(json({ access_token: "opaque" }), T0, []).accessToken.expiresAt).toBe(T0 + DEFAULT_LIFETIME_SECONDS * 1000);
  });

  it("huge expires_in is capped at 24 h", () => {
    expect(validateTokenReply(ok({ expires_in: 10 ** 12 }), T0, []).accessToken.expiresAt).toBe(T0 + MAX_LIFETIME_SECONDS * 1000);
  });

  it("a JWT exp earlier than sentAt + expires_in wins", () => {
    const token = jwt({ exp: (T0 + 100_000) / 1000 });
    expect(validateTokenReply(json({ access_token: token, expires_in: 300 }), T0, []).accessToken.expiresAt).toBe(T0 + 100_000);
  });

  it("a JWT exp already past at sending (clock skew) is ignored rather than looping", () => {
    const token = jwt({ exp: (T0 - 5_000) / 1000 });
    expect(validateTokenReply(json({ access_token: token, expires_in: 300 }), T0, []).accessToken.expiresAt).toBe(T0 + 300_000);
  });

  it("an opaque token that looks like a JWT but is not one still works", () => {
    expect(jwtExpiry("a.b.c")).toBeUndefined();
    expect(validateTokenReply(json({ access_token: "a.b.c", expires_in: 10 }), T0, []).accessToken.token).toBe("a.b.c");
  });

  it.each([
    ["missing", {}],
    ["empty", { access_token: "" }],
    ["a number", { access_token: 42 }],
    ["with CRLF", { access_token: "abc\r\nX-Evil: 1" }],
    ["with a space", { access_token: "abc def" }],
    ["non-ASCII", { access_token: "abcé" }],
  ])("rejects an access_token that is %s (never `Bearer undefined`)", (_what, body) => {
    const e = rejects(json({ token_type: "Bearer", expires_in: 60, ...body }), TokenResponseError) as TokenResponseError;
    expect(e.field).toBe("access_token");
    expect(e.message).not.toContain("X-Evil");
  });

  it("rejects token_type other than bearer", () => {
    expect((rejects(ok({ token_type: "MAC" }), TokenResponseError) as TokenResponseError).field).toBe("token_type");
  });

  it.each([
    ["invalid JSON", { status: 200, contentType: "application/json", body: '{"access_token": ' }],
    ["JSON that is not an object", { status: 200, contentType: "application/json", body: "[1,2]" }],
    ["a JSON string", { status: 200, contentType: "application/json", body: '"token"' }],
    ["HTML with status 200", { status: 200, contentType: "text/html", body: "<html>ok</html>" }],
  ])("rejects %s as a non-conforming response", (_what, reply) => {
    const e = rejects(reply, TokenResponseError) as TokenResponseError;
    expect(e.field).toBe("body");
    expect(e.status).toBe(200);
    // An excerpt only for a reply that does not claim to be JSON (broken JSON may hold a token).
    expect(e.excerpt).toBe(reply.contentType === "text/html" ? "ok" : undefined);
  });

  it("rejects a 200 with an error field", () => {
    expect((rejects(json({ error: "server_error" }), TokenResponseError) as TokenResponseError).field).toBe("error");
  });
});

describe("token endpoint errors", () => {
  it.each([
    [400, "invalid_request"],
    [400, "invalid_scope"],
    [400, "unsupported_grant_type"],
    [401, "invalid_client"],
    [401, "unauthorized_client"],
  ])("%i %s: OAuthError with error and error_description (RFC 6749 §5.2), not retryable", (status, error) => {
    const e = rejects(json({ error, error_description: "described" }, status), OAuthError) as OAuthError;
    expect(e).toMatchObject({ error, errorDescription: "described", status, retryable: false, code: "C8REST_AUTH_OAUTH_ERROR" });
    expect(e.message).toContain(error);
  });

  it("an HTML 500 page: not parsed, status + content type + a short sanitised excerpt, retryable", () => {
    const body = `<html><head><style>h1{}</style><script>alert(1)</script></head><body><h1>Bad \u0007Gateway</h1>${"x".repeat(500)}</body></html>`;
    const e = rejects({ status: 500, contentType: "text/html", body }, TokenRequestError) as TokenRequestError;
    expect(e).toMatchObject({ status: 500, contentType: "text/html", retryable: true, failure: "http-status" });
    expect(e.excerpt?.startsWith("Bad Gateway x")).toBe(true);
    expect(e.excerpt!.length).toBeLessThanOrEqual(201);
    expect(e.excerpt).not.toMatch(/[<>\u0007]|alert/);
  });

  it("masks the secret, also form-encoded, when an error body echoes the request", () => {
    const echoed = `client_secret=${new URLSearchParams({ s: UNIT_SECRET }).toString().slice(2)} raw ${UNIT_SECRET}`;
    const e = rejects({ status: 502, contentType: "text/plain", body: echoed }, TokenRequestError) as TokenRequestError;
    expect(e.excerpt).toBe("client_secret=[redacted] raw [redacted]");
    const d = rejects(json({ error: "invalid_client", error_description: `bad ${UNIT_SECRET}` }, 401), OAuthError) as OAuthError;
    expect(d.errorDescription).toBe("bad [redacted]");
  });

  it("429 and 503 are retryable and carry Retry-After", () => {
    const e = rejects({ status: 429, contentType: "application/json", body: '{"error":"slow_down"}', retryAfterMs: 2000 }, TokenRequestError) as TokenRequestError;
    expect(e).toMatchObject({ retryable: true, retryAfterMs: 2000, status: 429 });
  });
});
