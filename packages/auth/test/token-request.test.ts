import { describe, expect, it } from "vitest";
import { buildTokenRequest, MAX_RETRY_AFTER_MS, sendTokenRequest } from "../src/token-request.ts";

describe("buildTokenRequest (RFC 6749 §4.4, as Camunda's docs' curl)", () => {
  const creds = { clientId: "id :+%&=ü", clientSecret: "se cr:et+%&=€", audience: "zeebe.camunda.io", scope: "a b" };

  it("client_secret_post: form body with every field, URL-encoded; no Authorization header", () => {
    const { body, headers } = buildTokenRequest({ ...creds, clientAuthMethod: "client_secret_post" });
    expect(headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(headers.authorization).toBeUndefined();
    const form = new URLSearchParams(body);
    expect(Object.fromEntries(form)).toEqual({ grant_type: "client_credentials", client_id: creds.clientId, client_secret: creds.clientSecret, audience: "zeebe.camunda.io", scope: "a b" });
  });

  it("client_secret_basic: id and secret form-encoded before base64 (§2.3.1), not in the body", () => {
    const { body, headers } = buildTokenRequest({ ...creds, clientAuthMethod: "client_secret_basic" });
    const decoded = Buffer.from(headers.authorization!.slice(6), "base64").toString("utf8");
    const [id, secret] = decoded.split(":").map((s) => decodeURIComponent(s.replace(/\+/g, " ")));
    expect([id, secret]).toEqual([creds.clientId, creds.clientSecret]);
    expect(body).not.toContain("client_secret");
    expect(body).not.toContain("client_id");
  });

  it("no audience or scope fields when not set", () => {
    const { body } = buildTokenRequest({ clientId: "a", clientSecret: "b", audience: undefined, scope: undefined, clientAuthMethod: "client_secret_post" });
    expect(body).toBe("grant_type=client_credentials&client_id=a&client_secret=b");
  });
});

describe("Retry-After of a token reply (the client's parser, RFC 9110 §10.2.3)", () => {
  const now = Date.parse("2026-11-27T12:00:00Z");
  const retryAfterOf = async (value: string) => {
    const fetch = async () => new Response("slow down", { status: 429, headers: { "retry-after": value } });
    const reply = await sendTokenRequest({
      tokenUrl: "https://login.example.com/token",
      clientId: "id",
      clientSecret: "secret",
      audience: undefined,
      scope: undefined,
      clientAuthMethod: "client_secret_post",
      fetch,
      timeoutMs: 1_000,
      now: () => now,
    });
    return reply.retryAfterMs;
  };

  it.each([
    ["3", 3000],
    ["Fri, 27 Nov 2026 12:00:10 GMT", 10_000],
    ["Fri, 27 Nov 2026 11:00:00 GMT", 0],
    ["100000", MAX_RETRY_AFTER_MS],
    ["-1", undefined],
    ["-5", undefined],
    ["2001", MAX_RETRY_AFTER_MS], // seconds, not the year 2001
    ["soon", undefined],
  ] as const)("Retry-After: %s -> %s ms", async (value, expected) => {
    expect(await retryAfterOf(value)).toBe(expected);
  });
});
