import { describe, expect, it } from "vitest";
import { buildTokenRequest } from "../src/token-request.ts";
import { parseRetryAfter, backoffDelay } from "../src/retry-after.ts";

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

describe("Retry-After and backoff", () => {
  const now = Date.parse("2026-11-27T12:00:00Z");
  it("reads seconds and HTTP dates, caps them, ignores garbage", () => {
    expect(parseRetryAfter("3", now, 60_000)).toBe(3000);
    expect(parseRetryAfter("Fri, 27 Nov 2026 12:00:10 GMT", now, 60_000)).toBe(10_000);
    expect(parseRetryAfter("Fri, 27 Nov 2026 11:00:00 GMT", now, 60_000)).toBe(0);
    expect(parseRetryAfter("100000", now, 60_000)).toBe(60_000);
    expect(parseRetryAfter("soon", now, 60_000)).toBeUndefined();
    expect(parseRetryAfter(null, now, 60_000)).toBeUndefined();
  });

  it("backoff grows, is jittered and capped", () => {
    expect(backoffDelay(0, 200, 5000, () => 0)).toBe(100);
    expect(backoffDelay(0, 200, 5000, () => 1)).toBe(200);
    expect(backoffDelay(3, 200, 5000, () => 1)).toBe(1600);
    expect(backoffDelay(20, 200, 5000, () => 1)).toBe(5000);
  });
});
