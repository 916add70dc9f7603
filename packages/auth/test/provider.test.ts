import { describe, expect, it } from "vitest";
import { createOAuthTokenProvider } from "../src/provider.ts";
import { AuthConfigError, OAuthError, TokenRequestError, TokenResponseError } from "../src/errors.ts";
import { createMemoryTokenCache, tokenCacheKey } from "../src/cache.ts";
import { fakeClock, fakeEndpoint, tokenBody } from "./support/fakes.ts";
import { UNIT_SECRET } from "./support/oauth-clients.ts";
import { recordError, scannedLogger } from "./support/output-scan.ts";

const base = { clientId: "unit-client", clientSecret: UNIT_SECRET, tokenUrl: "https://login.example.com/oauth/token" };

async function caught(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    recordError(e);
    return e as Error;
  }
  throw new Error("expected a rejection");
}

describe("createOAuthTokenProvider: cache and single flight", () => {
  it("1000 concurrent first calls share exactly 1 token request", async () => {
    const ep = fakeEndpoint(async (n) => (await new Promise((r) => setTimeout(r, 5)), tokenBody(n)));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch });
    const tokens = await Promise.all(Array.from({ length: 1000 }, () => p.getToken()));
    expect(ep.calls.length).toBe(1);
    expect(new Set(tokens.map((t) => t.token))).toEqual(new Set(["token-0-abcdefgh"]));
  });

  it("serves the cached token until the refresh window", async () => {
    const clock = fakeClock();
    const ep = fakeEndpoint((n) => tokenBody(n, 300));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock });
    await p.getToken();
    clock.advance(269_000); // refresh margin is 30 s: 270 s is the window start
    expect((await p.getToken()).token).toBe("token-0-abcdefgh");
    expect(ep.calls.length).toBe(1);
  });

  it("inside the refresh window the old token keeps serving while one background refresh runs", async () => {
    const clock = fakeClock();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const ep = fakeEndpoint(async (n) => (n > 0 ? (await gate, tokenBody(n)) : tokenBody(n)));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock });
    await p.getToken();
    clock.advance(280_000);
    const during = await Promise.all(Array.from({ length: 50 }, () => p.getToken()));
    expect(during.every((t) => t.token === "token-0-abcdefgh")).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    expect(ep.calls.length).toBe(2); // exactly one refresh for 50 callers
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect((await p.getToken()).token).toBe("token-1-abcdefgh");
  });

  it("the refresh margin is capped at half the lifetime (no refresh loop for short tokens)", async () => {
    const clock = fakeClock();
    const ep = fakeEndpoint((n) => tokenBody(n, 10)); // 10 s < 30 s margin
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock });
    await p.getToken();
    clock.advance(4_900);
    await p.getToken();
    expect(ep.calls.length).toBe(1);
    clock.advance(200); // 5.1 s: past half the lifetime
    await p.getToken();
    await new Promise((r) => setTimeout(r, 0));
    expect(ep.calls.length).toBe(2);
  });

  it("expiry is checked at call time: after a clock jump past expiry the caller waits for a new token", async () => {
    const clock = fakeClock();
    const ep = fakeEndpoint((n) => tokenBody(n, 300));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock });
    await p.getToken();
    clock.advance(3_600_000); // suspend/resume
    expect((await p.getToken()).token).toBe("token-1-abcdefgh");
  });

  it("expires_in 0: the token serves the waiting calls once and is not cached", async () => {
    const ep = fakeEndpoint((n) => tokenBody(n, 0));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock: fakeClock() });
    const [a, b] = await Promise.all([p.getToken(), p.getToken()]);
    expect(a.token).toBe(b.token);
    expect((await p.getToken()).token).toBe("token-1-abcdefgh");
    expect(ep.calls.length).toBe(2);
  });

  it("invalidate(token) drops only the current token; invalidate(old) after a refresh is a no-op", async () => {
    const ep = fakeEndpoint((n) => tokenBody(n));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock: fakeClock() });
    const t0 = await p.getToken();
    p.invalidate(t0.token);
    const t1 = await p.getToken();
    p.invalidate(t0.token);
    expect((await p.getToken()).token).toBe(t1.token);
    expect(ep.calls.length).toBe(2);
  });

  it("invalidate() without a token drops whichever token is cached", async () => {
    const ep = fakeEndpoint((n) => tokenBody(n));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock: fakeClock() });
    await p.getToken();
    p.invalidate();
    expect((await p.getToken()).token).toBe("token-1-abcdefgh");
  });

  it("the lifetime counts from when the request was sent", async () => {
    const clock = fakeClock();
    const start = clock.now();
    const ep = fakeEndpoint(() => (clock.advance(2_000), tokenBody(0, 60)));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock });
    expect((await p.getToken()).expiresAt).toBe(start + 60_000);
  });
});

describe("createOAuthTokenProvider: failures", () => {
  it("a failure rejects every waiter once, clears the in-flight marker, and the next call retries", async () => {
    const ep = fakeEndpoint((n) => (n === 0 ? new Response("<h1>down</h1>", { status: 500, headers: { "content-type": "text/html" } }) : tokenBody(n)));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock: fakeClock(), maxAttempts: 1 });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => p.getToken()));
    expect(results.every((r) => r.status === "rejected" && r.reason instanceof TokenRequestError)).toBe(true);
    expect(ep.calls.length).toBe(1);
    expect((await p.getToken()).token).toBe("token-1-abcdefgh");
  });

  it("retries network errors, timeouts, 5xx with backoff and jitter", async () => {
    const clock = fakeClock();
    const ep = fakeEndpoint((n) =>
      n === 0 ? new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }) : n === 1 ? new Response("bad", { status: 502 }) : tokenBody(n),
    );
    const logger = scannedLogger();
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock, logger });
    expect((await p.getToken()).token).toBe("token-2-abcdefgh");
    expect(clock.sleeps.length).toBe(2);
    // True full jitter (the client's backoffMs): a random wait in [0, min(5 s, base * 2^(n-1))], no floor.
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(0);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(250);
    expect(clock.sleeps[1]).toBeGreaterThanOrEqual(0);
    expect(clock.sleeps[1]).toBeLessThanOrEqual(500);
    expect(logger.lines.join("\n")).toContain("ECONNREFUSED");
  });

  it("after the last attempt the caller gets a typed error with the cause", async () => {
    const ep = fakeEndpoint(() => new TypeError("fetch failed", { cause: { code: "ENOTFOUND" } }));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock: fakeClock() });
    const e = (await caught(p.getToken())) as TokenRequestError;
    expect(e).toBeInstanceOf(TokenRequestError);
    expect(e.failure).toBe("network");
    expect(e.message).toContain("ENOTFOUND");
    expect(e.cause).toBeInstanceOf(TypeError);
    expect(ep.calls.length).toBe(3);
  });

  it.each([
    ["seconds", "7", 7_000],
    ["an HTTP date", "DATE+9", 9_000],
    ["a capped huge value", "99999", 60_000],
  ])("honours Retry-After given in %s", async (_what, header, expected) => {
    const clock = fakeClock();
    const value = header.startsWith("DATE+") ? new Date(clock.now() + Number(header.slice(5)) * 1000).toUTCString() : header;
    const ep = fakeEndpoint((n) => (n === 0 ? new Response("slow down", { status: 429, headers: { "retry-after": value } }) : tokenBody(n)));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock });
    await p.getToken();
    expect(clock.sleeps).toEqual([expected]);
  });

  it("a still-valid token keeps serving while the endpoint is down; the background failure is logged, not unhandled", async () => {
    const clock = fakeClock();
    let down = false;
    const ep = fakeEndpoint((n) => (down ? new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }) : tokenBody(n, 300)));
    const logger = scannedLogger();
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock, logger });
    await p.getToken();
    down = true;
    clock.advance(280_000);
    expect((await p.getToken()).token).toBe("token-0-abcdefgh");
    await new Promise((r) => setTimeout(r, 20));
    // Retried with backoff until the token expired, then gave up and logged it.
    expect(clock.now()).toBeGreaterThanOrEqual(1_800_000_300_000);
    expect(logger.lines.some((l) => l.startsWith("background token refresh"))).toBe(true);
    const e = await caught(p.getToken());
    expect(e).toBeInstanceOf(TokenRequestError);
  });

  it("400/401 fail fast, then a cool-down during which calls fail without calling the endpoint", async () => {
    const clock = fakeClock();
    const ep = fakeEndpoint((n) =>
      n === 0
        ? new Response(JSON.stringify({ error: "unauthorized_client", error_description: "Invalid client or Invalid client credentials" }), { status: 401, headers: { "content-type": "application/json" } })
        : tokenBody(n),
    );
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock });
    const first = (await caught(p.getToken())) as OAuthError;
    expect(first).toBeInstanceOf(OAuthError);
    expect(first.error).toBe("unauthorized_client");
    const second = await caught(p.getToken());
    expect(second).toBe(first);
    expect(ep.calls.length).toBe(1);
    clock.advance(5_001);
    expect((await p.getToken()).token).toBe("token-1-abcdefgh");
  });

  it("a non-conforming reply is retried with growing backoff, never in a tight loop, and starts no cool-down", async () => {
    const clock = fakeClock();
    const ep = fakeEndpoint((n) => (n < 3 ? { token_type: "Bearer" } : tokenBody(n)));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock });
    expect(await caught(p.getToken())).toBeInstanceOf(TokenResponseError);
    expect(ep.calls.length).toBe(3); // maxAttempts
    expect(clock.sleeps.length).toBe(2);
    // the client's full-jitter backoff: retry n waits a random time in [0, 250 ms * 2^(n-1)]
    expect(clock.sleeps.every((ms, i) => ms >= 0 && ms <= 250 * 2 ** i)).toBe(true);
    // no cool-down: the next call asks again at once, and gets a token
    expect((await p.getToken()).token).toBe("token-3-abcdefgh");
  });

  it("one caller aborting does not cancel the shared request", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const ep = fakeEndpoint(async (n) => (await gate, tokenBody(n)));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch });
    const controller = new AbortController();
    const aborted = p.getToken({ signal: controller.signal });
    const other = p.getToken();
    controller.abort(new Error("caller gave up"));
    expect((await caught(aborted)).message).toBe("caller gave up");
    release();
    expect((await other).token).toBe("token-0-abcdefgh");
    expect(ep.calls.length).toBe(1);
  });

  it("a failing cache counts as a miss", async () => {
    const ep = fakeEndpoint((n) => tokenBody(n));
    const logger = scannedLogger();
    const broken = { get: () => Promise.reject(new Error("disk")), set: () => Promise.reject(new Error("disk")), delete: () => undefined };
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, cache: broken, logger });
    expect((await p.getToken()).token).toBe("token-0-abcdefgh");
    expect(logger.lines.some((l) => l.includes("treated as a miss"))).toBe(true);
  });
});

describe("createOAuthTokenProvider: cache keys (several credentials in one process)", () => {
  it("keys differ by token URL, client id, audience, scope and secret; the key reveals none of them", async () => {
    const k = await tokenCacheKey({ ...base, audience: "a", scope: "s" });
    for (const change of [{ tokenUrl: "https://other/t" }, { clientId: "x" }, { audience: "b" }, { scope: "t" }, { clientSecret: "rotated" }]) {
      expect(await tokenCacheKey({ ...base, audience: "a", scope: "s", ...change })).not.toBe(k);
    }
    expect(k).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the key is sha256 over the parts and the secret's sha256, as node:crypto computes it (keys of existing caches stay valid)", async () => {
    const { createHash } = await import("node:crypto");
    const sha = (t: string) => createHash("sha256").update(t).digest("hex");
    const parts = { ...base, audience: "a", scope: "s" };
    const expected = sha(JSON.stringify([parts.tokenUrl, parts.clientId, "a", "s", sha(parts.clientSecret)]));
    expect(await tokenCacheKey(parts)).toBe(expected);
  });

  it("a rotated secret does not reuse the token cached for the old one", async () => {
    const cache = createMemoryTokenCache();
    const ep = fakeEndpoint((n) => tokenBody(n));
    await createOAuthTokenProvider({ ...base, fetch: ep.fetch, cache }).getToken();
    const again = await createOAuthTokenProvider({ ...base, fetch: ep.fetch, cache }).getToken();
    expect(again.token).toBe("token-0-abcdefgh"); // same credential: shared
    const rotated = await createOAuthTokenProvider({ ...base, clientSecret: "rotated-secret", fetch: ep.fetch, cache }).getToken();
    expect(rotated.token).toBe("token-1-abcdefgh");
  });
});

describe("createOAuthTokenProvider: options", () => {
  it.each([
    ["clientId", { clientId: "" }],
    ["clientSecret", { clientSecret: undefined }],
    ["tokenUrl", { tokenUrl: "not a url" }],
    ["tokenUrl", { tokenUrl: "http://login.example.com/token" }],
    ["tokenUrl", { tokenUrl: "https://id:pw@login.example.com/token" }],
    ["tokenUrl", { tokenUrl: "https://login.example.com/token?client_secret=pw" }],
    ["clientAuthMethod", { clientAuthMethod: "private_key_jwt" }],
    ["timeoutMs", { timeoutMs: 2 ** 31 }],
  ])("refuses a bad %s at creation, without echoing it", (setting, change) => {
    let err: unknown;
    try {
      createOAuthTokenProvider({ ...base, ...(change as object) } as never);
    } catch (e) {
      err = e;
      recordError(e);
    }
    expect(err).toBeInstanceOf(AuthConfigError);
    expect((err as AuthConfigError).setting).toBe(setting);
    expect((err as Error).message).not.toMatch(/pw/);
    // A value without a scheme is repeated (user info and query masked) to suggest the likely URL.
    if ((change as { tokenUrl?: string }).tokenUrl === "not a url") expect((err as Error).message).toMatch(/has no http:\/\/ or https:\/\/ scheme: did you mean/);
  });

  it("allows plain http to loopback, and elsewhere with allowInsecureHttp", () => {
    expect(() => createOAuthTokenProvider({ ...base, tokenUrl: "http://127.0.0.1:1/token" })).not.toThrow();
    expect(() => createOAuthTokenProvider({ ...base, tokenUrl: "http://localhost:1/token" })).not.toThrow();
    expect(() => createOAuthTokenProvider({ ...base, tokenUrl: "http://[::1]:1/token" })).not.toThrow();
    expect(() => createOAuthTokenProvider({ ...base, tokenUrl: "http://keycloak:18080/token", allowInsecureHttp: true })).not.toThrow();
  });

  it("defaults: SaaS token URL with audience zeebe.camunda.io; another URL sends no audience unless given", async () => {
    const ep = fakeEndpoint((n) => tokenBody(n));
    await createOAuthTokenProvider({ clientId: "id", clientSecret: "secret", fetch: ep.fetch }).getToken();
    expect(ep.calls[0]!.url).toBe("https://login.cloud.camunda.io/oauth/token");
    expect(new URLSearchParams(ep.calls[0]!.body).get("audience")).toBe("zeebe.camunda.io");
    await createOAuthTokenProvider({ ...base, fetch: ep.fetch }).getToken();
    expect(new URLSearchParams(ep.calls[1]!.body).has("audience")).toBe(false);
  });
});
