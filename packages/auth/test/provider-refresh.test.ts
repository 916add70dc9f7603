// A failed background refresh (the current token still valid) must never take the client down: it is retried with
// backoff while the token serves, and the cool-down is only for misconfiguration (docs/auth-faults.md #1, #17, #23).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createOAuthTokenProvider } from "../src/provider.ts";
import { OAuthError } from "../src/errors.ts";
import { fakeClock, fakeEndpoint, tokenBody } from "./support/fakes.ts";
import { UNIT_SECRET } from "./support/oauth-clients.ts";
import { recordError, scannedLogger } from "./support/output-scan.ts";

const base = { clientId: "unit-client", clientSecret: UNIT_SECRET, tokenUrl: "https://login.example.com/oauth/token" };
const JSON_TYPE = { "content-type": "application/json" };

/** A 200 whose body stops mid-stream, as undici reports a connection closed early ("terminated"). */
const cutStream = () =>
  new Response(
    new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"access_token":"tok'));
        c.error(new TypeError("terminated"));
      },
    }),
    { status: 200, headers: JSON_TYPE },
  );
/** A 200 whose (complete) body is JSON cut off: invalid JSON. */
const cutJson = () => new Response('{"access_token":"token-cut', { status: 200, headers: JSON_TYPE });
const html502 = () => new Response("<h1>502</h1>", { status: 502, headers: { "content-type": "text/html" } });

/** Calls getToken every `stepMs` of fake time until `untilMs`; returns the failures and the tokens served expired. */
async function soak(p: ReturnType<typeof createOAuthTokenProvider>, clock: ReturnType<typeof fakeClock>, untilMs: number, stepMs = 1_000) {
  const start = clock.now();
  const failures: unknown[] = [];
  let expiredServed = 0;
  const tokens = new Set<string>();
  while (clock.now() - start < untilMs) {
    try {
      const t = await p.getToken();
      tokens.add(t.token);
      if (!(clock.now() < t.expiresAt)) expiredServed++;
    } catch (e) {
      recordError(e);
      failures.push(e);
    }
    // let a background refresh run (its fake sleeps advance the clock at once)
    await new Promise((r) => setImmediate(r));
    clock.advance(stepMs);
  }
  return { failures, expiredServed, tokens };
}

describe("background refresh: one bad token reply must not take the client down", () => {
  for (const [name, bad] of [
    ["two truncated replies (body cut mid-stream)", cutStream],
    ["two truncated replies (invalid JSON)", cutJson],
    ["two HTML 502 pages", html502],
  ] as const) {
    it(`${name} in a row during the early-refresh window: zero caller-visible failures`, async () => {
      const clock = fakeClock();
      // call 0: the first token; calls 1 and 2: bad; later calls: good
      const ep = fakeEndpoint((n) => (n === 1 || n === 2 ? bad() : tokenBody(n, 60)));
      const logger = scannedLogger();
      const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock, logger, refreshMarginMs: 10_000 });
      const { failures, expiredServed, tokens } = await soak(p, clock, 300_000);
      expect(failures).toEqual([]);
      expect(expiredServed).toBe(0);
      expect(tokens.size).toBeGreaterThanOrEqual(4); // refreshed several times over 300 s of 60 s tokens
      expect(logger.lines.some((l) => l.includes("retrying in"))).toBe(true);
      expect(logger.lines.some((l) => l.includes("cool-down"))).toBe(false);
    });
  }

  it("more failures in a row than maxAttempts: still retried (with growing, capped backoff) while the token serves", async () => {
    const clock = fakeClock();
    const ep = fakeEndpoint((n) => (n >= 1 && n <= 6 ? cutJson() : tokenBody(n, 120)));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock, refreshMarginMs: 30_000 });
    const { failures, expiredServed } = await soak(p, clock, 400_000);
    expect(failures).toEqual([]);
    expect(expiredServed).toBe(0);
    const refreshSleeps = clock.sleeps.slice(0, 6);
    expect(refreshSleeps.length).toBe(6);
    expect(Math.max(...refreshSleeps)).toBeLessThanOrEqual(5_000);
    expect(refreshSleeps[5]!).toBeGreaterThan(refreshSleeps[0]!);
  });

  it("a background refresh that keeps failing gives up when the token expires; callers then get the typed error, not a cool-down", async () => {
    const clock = fakeClock();
    let down = false;
    const ep = fakeEndpoint((n) => (down ? cutJson() : tokenBody(n, 60)));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock });
    await p.getToken();
    down = true;
    clock.advance(50_000);
    await p.getToken(); // starts the refresh
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now()).toBeGreaterThanOrEqual(1_800_000_060_000); // retried until expiry
    const e = await p.getToken().catch((err: unknown) => err);
    recordError(e);
    expect((e as Error).name).toBe("TokenResponseError");
    down = false;
    expect((await p.getToken()).token).toMatch(/^token-\d+-abcdefgh$/); // no cool-down: the next call succeeds
  });

  it("a misconfiguration during a background refresh starts the cool-down, yet callers keep the valid token until it expires", async () => {
    const clock = fakeClock();
    let refused = false;
    const ep = fakeEndpoint((n) =>
      refused ? new Response(JSON.stringify({ error: "invalid_client" }), { status: 401, headers: JSON_TYPE }) : tokenBody(n, 60),
    );
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, clock });
    await p.getToken();
    refused = true;
    clock.advance(45_000);
    for (let i = 0; i < 14; i++) {
      expect((await p.getToken()).token).toBe("token-0-abcdefgh");
      await new Promise((r) => setImmediate(r));
      clock.advance(1_000);
    }
    clock.advance(2_000); // expired
    const e = await p.getToken().catch((err: unknown) => err);
    recordError(e);
    expect(e).toBeInstanceOf(OAuthError);
  });

  it("a real server sending two truncated token replies (connection closed mid-body) during the refresh window", async () => {
    let n = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        const i = n++;
        const body = JSON.stringify(tokenBody(i, 60));
        if (i === 1 || i === 2) {
          res.writeHead(200, { ...JSON_TYPE, "content-length": String(body.length) });
          res.write(body.slice(0, 20));
          setImmediate(() => res.destroy());
          return;
        }
        res.writeHead(200, JSON_TYPE);
        res.end(body);
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const clock = fakeClock();
      const tokenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
      const p = createOAuthTokenProvider({ ...base, tokenUrl, clock, refreshMarginMs: 10_000 });
      await p.getToken();
      clock.advance(55_000); // inside the window
      for (let i = 0; i < 4 && n < 4; i++) {
        expect((await p.getToken()).token).toBe("token-0-abcdefgh");
        await new Promise((r) => setTimeout(r, 50));
      }
      await expect.poll(() => n, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
      await expect.poll(async () => (await p.getToken()).token, { timeout: 10_000 }).toBe("token-3-abcdefgh");
    } finally {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
    }
  });
});
