// What a token cache returns is checked exactly as a fresh token reply is (RFC 6750 §2.1 b64token, a size limit, a
// sane expiry): a bad entry is dropped, deleted, logged without its value, and a new token is fetched (#33, #34).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createOAuthTokenProvider } from "../src/provider.ts";
import { oauthMiddleware } from "../src/middleware.ts";
import { tokenCacheKey, type TokenCache } from "../src/cache.ts";
import { createFileTokenCache } from "../src/file-cache.ts";
import { MAX_TOKEN_LENGTH, cacheEntryProblem } from "../src/token-response.ts";
import type { AccessToken } from "../src/access-token.ts";
import { fakeClock, fakeEndpoint, tokenBody } from "./support/fakes.ts";
import { UNIT_SECRET } from "./support/oauth-clients.ts";
import { recordLine, scannedLogger } from "./support/output-scan.ts";
import { startApiServer } from "./support/api-server.ts";
import { looseClient } from "./support/loose-client.ts";

const base = { clientId: "cache-client", clientSecret: UNIT_SECRET, tokenUrl: "https://login.example.com/oauth/token" };
const key = await tokenCacheKey(base);
const NOW = 1_800_000_000_000;
const root = mkdtempSync(join(tmpdir(), "c8rest-auth-cache-check-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const GOOD = "cached-token-abcdefgh";
/** Bad entries, each with the value that must not appear in any log line. */
const BAD: [string, { token: unknown; expiresAt: unknown }, string][] = [
  ["CR/LF in the token", { token: `${GOOD}\r\nX-Injected: 1`, expiresAt: NOW + 200_000 }, "X-Injected"],
  ["a 1 MB token", { token: "a".repeat(1024 * 1024), expiresAt: NOW + 200_000 }, "a".repeat(64)],
  ["spaces in the token", { token: "cached token with spaces", expiresAt: NOW + 200_000 }, "cached token"],
  ["non-ASCII in the token", { token: "cached-tökén-abcdefgh", expiresAt: NOW + 200_000 }, "tökén"],
  ["an empty token", { token: "", expiresAt: NOW + 200_000 }, "\u0000none"],
  ["a token that is not a string", { token: 12345678, expiresAt: NOW + 200_000 }, "12345678"],
  ["expiry NaN", { token: `${GOOD}-nan`, expiresAt: Number.NaN }, `${GOOD}-nan`],
  ["expiry Infinity", { token: `${GOOD}-inf`, expiresAt: Number.POSITIVE_INFINITY }, `${GOOD}-inf`],
  ["an absurd expiry (in 10 years)", { token: `${GOOD}-far`, expiresAt: NOW + 10 * 365 * 86_400_000 }, `${GOOD}-far`],
  ["expiry a string", { token: `${GOOD}-str`, expiresAt: String(NOW + 200_000) }, `${GOOD}-str`],
];

/** A user-supplied cache holding `entry`, recording what the provider does with it. */
function storeWith(entry: unknown): TokenCache & { deleted: string[]; stored: AccessToken[] } {
  let held: unknown = entry;
  const deleted: string[] = [];
  const stored: AccessToken[] = [];
  return {
    deleted,
    stored,
    get: () => held as AccessToken,
    set: (_k, t) => void (stored.push(t), (held = t)),
    delete: (k) => void (deleted.push(k), (held = undefined)),
  };
}

describe("token cache entries are validated like a fresh reply", () => {
  it("the check itself: each bad entry has a reason without its value; a good one passes", () => {
    for (const [, entry, value] of BAD) {
      const problem = cacheEntryProblem(entry, NOW);
      expect(problem).toBeTypeOf("string");
      expect(problem).not.toContain(value);
    }
    expect(cacheEntryProblem({ token: GOOD, expiresAt: NOW + 1_000 }, NOW)).toBeUndefined();
    expect(cacheEntryProblem({ token: "t".repeat(MAX_TOKEN_LENGTH), expiresAt: NOW + 1_000 }, NOW)).toBeUndefined();
    expect(cacheEntryProblem({ token: "t".repeat(MAX_TOKEN_LENGTH + 1), expiresAt: NOW + 1_000 }, NOW)).toMatch(/longer than/);
    expect(cacheEntryProblem(null, NOW)).toBe("not an object");
  });

  for (const [name, entry, value] of BAD) {
    it(`user-supplied cache, ${name}: dropped, deleted, logged without its value, a new token fetched`, async () => {
      const cache = storeWith(entry);
      const ep = fakeEndpoint((n) => tokenBody(n));
      const logger = scannedLogger();
      const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, cache, logger, clock: fakeClock(NOW) });
      const t = await p.getToken();
      expect(t.token).toBe("token-0-abcdefgh");
      expect(ep.calls.length).toBe(1);
      expect(cache.deleted).toEqual([key]);
      expect(cache.stored.map((s) => s.token)).toEqual(["token-0-abcdefgh"]);
      const line = logger.lines.find((l) => l.includes("token cache entry dropped"));
      expect(line).toBeDefined();
      for (const l of logger.lines) expect(l).not.toContain(value);
    });
  }

  for (const [name, entry, value] of BAD.filter(([, e]) => typeof e.token === "string" && typeof e.expiresAt === "number")) {
    it(`file cache, ${name}: the API call is sent with a new, valid token (no TypeError, no 431)`, async () => {
      const dir = mkdtempSync(join(root, "f-"));
      const cache = createFileTokenCache(dir);
      await cache.set(key, { token: GOOD, tokenType: "Bearer", expiresAt: NOW });
      // JSON.stringify writes NaN/Infinity as null; write them as JSON numbers the parser would read back.
      // The provider runs on the real clock here: move the expiry by as much.
      const real = typeof entry.expiresAt === "number" && Number.isFinite(entry.expiresAt) ? { ...entry, expiresAt: entry.expiresAt - NOW + Date.now() } : entry;
      const text = JSON.stringify(real).replace(/"expiresAt":null/, '"expiresAt":1e999');
      writeFileSync(join(dir, `${key}.json`), text, { mode: 0o600 });
      const api = await startApiServer();
      try {
        const ep = fakeEndpoint((n) => tokenBody(n));
        const logger = scannedLogger();
        const c = looseClient({ baseUrl: `${api.url}/v2` });
        c.use(oauthMiddleware({ ...base, fetch: ep.fetch, cache, logger }));
        const { response } = await c.GET("/topology");
        expect(response.status).toBe(200);
        expect(api.seen[0]?.authorization).toBe("Bearer token-0-abcdefgh");
        expect(logger.lines.some((l) => l.includes("token cache entry dropped"))).toBe(true);
        for (const l of logger.lines) expect(l).not.toContain(value);
        expect((await cache.get(key))?.token).toBe("token-0-abcdefgh"); // replaced by the new token
      } finally {
        await api.stop();
      }
    });
  }

  it("a valid cached entry is used without a request, and returned as an AccessToken that prints without its token", async () => {
    const cache = storeWith({ token: GOOD, expiresAt: NOW + 200_000 });
    const ep = fakeEndpoint((n) => tokenBody(n));
    const p = createOAuthTokenProvider({ ...base, fetch: ep.fetch, cache, clock: fakeClock(NOW) });
    const t = await p.getToken();
    expect(t.token).toBe(GOOD);
    expect(t.tokenType).toBe("Bearer");
    expect(JSON.stringify(t)).not.toContain(GOOD);
    recordLine(JSON.stringify(t));
    expect(ep.calls.length).toBe(0);
  });
});
