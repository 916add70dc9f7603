import { chmodSync, chownSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createFileTokenCache } from "../src/node.ts";
import { createAccessToken } from "../src/access-token.ts";
import { createOAuthTokenProvider } from "../src/provider.ts";
import { tokenCacheKey } from "../src/cache.ts";
import { fakeEndpoint, tokenBody } from "./support/fakes.ts";
import { UNIT_SECRET } from "./support/oauth-clients.ts";
import { makeTempDir } from "../../../config/temp-dir.mjs";
import { AuthConfigError } from "../src/errors.ts";
import { scannedLogger } from "./support/output-scan.ts";

const root = makeTempDir("c8rest-auth-cache-");
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

describe("createFileTokenCache refuses a directory or file another user could use", () => {
  const token = createAccessToken("perm-token-abcdefgh", 1_900_000_000_000);
  const refused = async (p: unknown, pattern: RegExp) => {
    const e = await Promise.resolve(p).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(AuthConfigError);
    expect((e as AuthConfigError).setting).toBe("CAMUNDA_OAUTH_CACHE_DIR");
    expect((e as Error).message).toMatch(pattern);
    return e as AuthConfigError;
  };

  for (const mode of [0o777, 0o770, 0o720, 0o702, 0o757]) {
    it(`a directory with mode ${mode.toString(8)} (writable by group or others): get and set fail with AuthConfigError`, async () => {
      const dir = join(root, `mode-${mode.toString(8)}`);
      mkdirSync(dir);
      chmodSync(dir, mode);
      const cache = createFileTokenCache(dir);
      await refused(cache.set("k", token), /writable by group or others/);
      await refused(Promise.resolve(cache.get("k")), /chmod 700/);
      expect(readdirSync(dir)).toEqual([]); // nothing written
    });
  }

  it("a directory readable (not writable) by others is accepted", async () => {
    const dir = join(root, "mode-755");
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    const cache = createFileTokenCache(dir);
    await cache.set("k", token);
    expect((await cache.get("k"))?.token).toBe("perm-token-abcdefgh");
  });

  it("a directory owned by another user (uid check injected, as tests run as root)", async () => {
    const dir = join(root, "other-owner");
    const ours = createFileTokenCache(dir);
    await ours.set("k", token);
    const owner = statSync(dir).uid;
    const cache = createFileTokenCache(dir, { getuid: () => owner + 1000 });
    const e = await refused(Promise.resolve(cache.get("k")), /belongs to another user/);
    expect(e.message).toContain(`uid ${owner}`);
    await refused(cache.set("k", token), /belongs to another user/);
  });

  for (const mode of [0o644, 0o640, 0o604, 0o666, 0o400]) {
    it(`an entry file with mode ${mode.toString(8)} is refused (not read), and the next write replaces it with a 0600 file`, async () => {
      const dir = join(root, `file-${mode.toString(8)}`);
      const cache = createFileTokenCache(dir);
      await cache.set("k", token);
      chmodSync(join(dir, "k.json"), mode);
      await refused(Promise.resolve(cache.get("k")), /not a file of this user with mode 0600/);
      await cache.set("k", token);
      expect(statSync(join(dir, "k.json")).mode & 0o777).toBe(0o600);
      expect((await cache.get("k"))?.token).toBe("perm-token-abcdefgh");
    });
  }

  // Handing a file to another user needs root (the suite runs as root in CI); elsewhere the symlink case still runs.
  it.skipIf(process.getuid?.() !== 0)("an entry file that belongs to another user is refused", async () => {
    const dir = join(root, "file-owner");
    const cache = createFileTokenCache(dir);
    await cache.set("k", token);
    chownSync(join(dir, "k.json"), 4242, 4242);
    await refused(Promise.resolve(cache.get("k")), /uid 4242/);
  });

  it("a symlink in place of an entry file is refused (it is not read)", async () => {
    const dir = join(root, "file-link");
    const cache = createFileTokenCache(dir);
    await cache.set("k", token);
    writeFileSync(join(root, "elsewhere.json"), JSON.stringify({ token: "planted-token-abcdefgh", expiresAt: 1_900_000_000_000 }), { mode: 0o600 });
    rmSync(join(dir, "k.json"));
    symlinkSync(join(root, "elsewhere.json"), join(dir, "k.json"));
    await refused(Promise.resolve(cache.get("k")), /not a file of this user/);
  });

  it("with a refused directory the provider logs a warning and keeps its token in memory", async () => {
    const dir = join(root, "provider-refused");
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const ep = fakeEndpoint((n) => tokenBody(n));
    const logger = scannedLogger();
    const p = createOAuthTokenProvider({ ...creds, fetch: ep.fetch, cache: createFileTokenCache(dir), logger });
    expect((await p.getToken()).token).toBe("token-0-abcdefgh");
    expect((await p.getToken()).token).toBe("token-0-abcdefgh");
    expect(ep.calls.length).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
    expect(logger.lines.some((l) => l.includes("C8REST_AUTH_CONFIG") && l.includes("writable by group or others"))).toBe(true);
  });
});
