// Every token endpoint fault of docs/auth-faults.md that a real server can produce, against oidc-provider.
import { describe, expect, inject, it } from "vitest";
import { createOAuthTokenProvider } from "../src/provider.ts";
import { OAuthError, TokenRequestError, TokenResponseError } from "../src/errors.ts";
import { jwtExpiry } from "../src/token-response.ts";
import type { AccessToken } from "../src/access-token.ts";
import { AWKWARD_SECRET, TEST_AUDIENCE, faultUrl } from "./support/oauth-clients.ts";
import { countingFetch, startApiServer } from "./support/api-server.ts";
import { fakeClock } from "./support/fakes.ts";
import { recordError, rememberToken } from "./support/output-scan.ts";

const oauth = inject("oauth");
const creds = { clientId: "post-client", clientSecret: AWKWARD_SECRET, audience: TEST_AUDIENCE };
let nonce = 0;

function provider(fault: string, extra: object = {}) {
  const counter = countingFetch(oauth.issuer);
  const p = createOAuthTokenProvider({ ...creds, tokenUrl: faultUrl(oauth.issuer, fault), fetch: counter.fetch, maxAttempts: 1, ...extra });
  return { p, count: counter.count };
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    const t = await p;
    throw new Error(`expected a failure, got a token expiring at ${(t as { expiresAt: number }).expiresAt}`);
  } catch (e) {
    recordError(e);
    return e as Error;
  }
}

async function token(p: Promise<AccessToken>) {
  const t = await p;
  rememberToken(t.token);
  return t;
}

describe("token endpoint faults (real server)", () => {
  it("connection refused: typed network error with the cause", async () => {
    const gone = await startApiServer();
    await gone.stop();
    const p = createOAuthTokenProvider({ ...creds, tokenUrl: `${gone.url}/token`, maxAttempts: 1 });
    const e = (await failure(p.getToken())) as TokenRequestError;
    expect(e).toMatchObject({ failure: "network", retryable: true, code: "C8REST_AUTH_TOKEN_REQUEST" });
    expect(e.message).toContain("ECONNREFUSED");
  });

  it("hangs: the request times out", async () => {
    const { p } = provider("hang", { timeoutMs: 300 });
    expect(await failure(p.getToken())).toMatchObject({ failure: "timeout" });
  });

  it("stalls while sending the body: the timeout covers reading the body", async () => {
    const { p } = provider("slow-body", { timeoutMs: 300 });
    expect(await failure(p.getToken())).toMatchObject({ failure: "timeout" });
  });

  it("HTML 500 page: status, content type and a sanitised excerpt, not parsed", async () => {
    const { p } = provider("html500");
    const e = (await failure(p.getToken())) as TokenRequestError;
    expect(e).toBeInstanceOf(TokenRequestError);
    expect(e).toMatchObject({ status: 500, failure: "http-status" });
    expect(e.contentType).toMatch(/^text\/html/);
    expect(e.excerpt).toBe("500 Internal Server Error upstream failed");
  });

  it("503 twice with Retry-After: 1 is honoured, then the token arrives", async () => {
    const clock = fakeClock(Date.now());
    const { p, count } = provider(`fail2-503-ra1-n${nonce++}`, { maxAttempts: 3, clock });
    await token(p.getToken());
    expect(clock.sleeps).toEqual([1000, 1000]);
    expect(count()).toBe(3);
  });

  it("500 then success: retried with backoff", async () => {
    const clock = fakeClock(Date.now());
    const { p, count } = provider(`fail1-500-n${nonce++}`, { maxAttempts: 3, clock });
    await token(p.getToken());
    expect(clock.sleeps.length).toBe(1);
    expect(count()).toBe(2);
  });

  it.each([
    ["json-invalid", "body"],
    ["json-array", "body"],
    ["error-200", "error"],
    ["no-access-token", "access_token"],
    ["empty-access-token", "access_token"],
    ["numeric-access-token", "access_token"],
    ["crlf-token", "access_token"],
    ["token-type-mac", "token_type"],
    ["expires-in-neg", "expires_in"],
    ["expires-in-abc", "expires_in"],
  ])("%s: rejected (%s), retried with backoff (never a tight loop), and no cool-down", async (fault, field) => {
    const clock = fakeClock();
    const { p, count } = provider(fault, { maxAttempts: 3, clock });
    const e = (await failure(p.getToken())) as TokenResponseError;
    expect(e).toBeInstanceOf(TokenResponseError);
    expect(e.field).toBe(field);
    expect(e.retryable).toBe(true);
    expect(count()).toBe(3);
    expect(clock.sleeps.length).toBe(2);
    // Each retry waits the client's full-jitter backoff: a random time in [0, 250 ms * 2^(n-1)] (retryBaseDelayMs 250).
    expect(clock.sleeps.every((ms, i) => ms >= 0 && ms <= 250 * 2 ** i)).toBe(true);
    // A malformed reply may be a one-off: the next call asks again rather than failing fast from a cool-down.
    expect(await failure(p.getToken())).not.toBe(e);
    expect(count()).toBe(6);
  });

  it('expires_in "300" (a numeric string) is accepted', async () => {
    const sent = Date.now();
    const t = await token(provider("expires-in-string").p.getToken());
    expect(t.expiresAt).toBeGreaterThanOrEqual(sent + 299_000);
    expect(t.expiresAt).toBeLessThanOrEqual(Date.now() + 300_000);
  });

  it("expires_in 0: used for the one request, not cached", async () => {
    const { p, count } = provider("expires-in-0");
    const a = await token(p.getToken());
    const b = await token(p.getToken());
    expect(a.token).not.toBe(b.token);
    expect(count()).toBe(2);
  });

  it("expires_in missing: the JWT exp is used", async () => {
    const t = await token(provider("expires-in-missing").p.getToken());
    expect(t.expiresAt).toBe(jwtExpiry(t.token));
  });

  it("expires_in huge: capped at 24 h", async () => {
    const t = await token(provider("expires-in-huge").p.getToken());
    // The JWT's own exp (300 s) is earlier and wins; the cap never lets more than 24 h through.
    expect(t.expiresAt).toBeLessThanOrEqual(Date.now() + 24 * 3600 * 1000);
    expect(t.expiresAt).toBe(jwtExpiry(t.token));
  });

  it('token_type "bearer" in lower case is accepted', async () => {
    expect((await token(provider("token-type-lower").p.getToken())).tokenType).toBe("Bearer");
  });

  it("a redirect is not followed", async () => {
    const { p, count } = provider("redirect");
    expect(await failure(p.getToken())).toMatchObject({ failure: "redirect", status: 302 });
    expect(count()).toBe(1);
  });

  it("a very large reply is read only up to the bound", async () => {
    expect(await failure(provider("huge").p.getToken())).toMatchObject({ failure: "body-too-large" });
  });

  it("wrong secret: invalid_client from the server, fail fast", async () => {
    const counter = countingFetch(oauth.issuer);
    const p = createOAuthTokenProvider({ ...creds, clientSecret: "wrong secret", tokenUrl: oauth.tokenUrl, fetch: counter.fetch });
    const e = (await failure(p.getToken())) as OAuthError;
    expect(e).toBeInstanceOf(OAuthError);
    expect(e).toMatchObject({ error: "invalid_client", status: 401, retryable: false });
    expect(e.message).toContain("ZEEBE_CLIENT_SECRET");
    expect(await failure(p.getToken())).toBe(e); // cool-down: same error, no new request
    expect(counter.count()).toBe(1);
  });

  it("Keycloak's 401 unauthorized_client: fail fast with error and description", async () => {
    const e = (await failure(provider("keycloak-401").p.getToken())) as OAuthError;
    expect(e).toMatchObject({ error: "unauthorized_client", errorDescription: "Invalid client or Invalid client credentials", status: 401 });
  });

  it("an error page that echoes the request body shows the secret masked", async () => {
    const e = (await failure(provider("echo-secret").p.getToken())) as TokenRequestError;
    expect(e.excerpt).toContain("client_secret=[redacted]");
    expect(e.excerpt).not.toContain("s3");
  });
});
