import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createFileTokenCache } from "../src/node.ts";
import { createAccessToken } from "../src/access-token.ts";
import { createOAuthTokenProvider } from "../src/provider.ts";
import { tokenCacheKey } from "../src/cache.ts";
import { fakeEndpoint, tokenBody } from "./support/fakes.ts";
import { UNIT_SECRET } from "./support/oauth-clients.ts";

const root = mkdtempSync(join(tmpdir(), "c8rest-auth-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const creds = { clientId: "file-client", clientSecret: UNIT_SECRET, tokenUrl: "https://login.example.com/oauth/token" };

describe("createFileTokenCache", () => {
  it("creates the directory 0700 and files 0600, written atomically (no temp file left)", async () => {
    const dir = join(root, "a", "cache");
    const cache = createFileTokenCache(dir);
    await cache.set("k1", createAccessToken("file-token-abc", 1_900_000_000_000));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "k1.json")).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["k1.json"]);
    expect(await cache.get("k1")).toMatchObject({ token: "file-token-abc", expiresAt: 1_900_000_000_000 });
    await cache.delete("k1");
    expect(await cache.get("k1")).toBeUndefined();
  });

  it("a corrupt file is ignored and replaced by the next write", async () => {
    const dir = join(root, "corrupt");
    const cache = createFileTokenCache(dir);
    await cache.set("k", createAccessToken("x-token", 1));
    writeFileSync(join(dir, "k.json"), "{not json");
    expect(await cache.get("k")).toBeUndefined();
    writeFileSync(join(dir, "k.json"), JSON.stringify({ token: 42 }));
    expect(await cache.get("k")).toBeUndefined();
    await cache.set("k", createAccessToken("y-token", 2));
    expect((await cache.get("k"))?.token).toBe("y-token");
  });

  it("two providers (as two processes would) share one token through the directory", async () => {
    const dir = join(root, "shared");
    const ep = fakeEndpoint((n) => tokenBody(n));
    const a = createOAuthTokenProvider({ ...creds, fetch: ep.fetch, cache: createFileTokenCache(dir) });
    const b = createOAuthTokenProvider({ ...creds, fetch: ep.fetch, cache: createFileTokenCache(dir) });
    const ta = await a.getToken();
    const tb = await b.getToken();
    expect(tb.token).toBe(ta.token);
    expect(ep.calls.length).toBe(1);
    expect(readdirSync(dir)).toEqual([`${await tokenCacheKey(creds)}.json`]);
  });

  it("an invalidated token is not taken back from the shared file", async () => {
    const dir = join(root, "invalidate");
    const ep = fakeEndpoint((n) => tokenBody(n));
    const cache = createFileTokenCache(dir);
    const a = createOAuthTokenProvider({ ...creds, fetch: ep.fetch, cache });
    const t0 = await a.getToken();
    a.invalidate(t0.token);
    const t1 = await a.getToken();
    expect(t1.token).not.toBe(t0.token);
  });
});
