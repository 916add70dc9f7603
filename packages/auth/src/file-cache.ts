// A token cache in files, so that several processes share one token (CAMUNDA_OAUTH_CACHE_DIR; docs/auth-faults.md #34).
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createAccessToken } from "./access-token.js";
import type { TokenCache } from "./cache.js";

/**
 * A {@link TokenCache} storing one file per credential in `dir`: the directory is created with mode 0700, files are
 * written with mode 0600 through a temporary file and a rename (atomic), and a corrupt file counts as a miss and is
 * replaced by the next write. File names are the cache keys, which reveal no credential.
 *
 * @example
 * const provider = createOAuthTokenProvider({ clientId, clientSecret, cache: createFileTokenCache("/var/cache/c8rest") });
 */
export function createFileTokenCache(dir: string): TokenCache {
  const fileOf = (key: string) => join(dir, `${key.replace(/[^A-Za-z0-9_-]/g, "_")}.json`);
  let dirReady: Promise<void> | undefined;
  const ensureDir = () =>
    (dirReady ??= mkdir(dir, { recursive: true, mode: 0o700 }).then(
      () => chmod(dir, 0o700).catch(() => {}),
      (e: unknown) => {
        dirReady = undefined;
        throw e;
      },
    ));
  return {
    async get(key) {
      let text: string;
      try {
        text = await readFile(fileOf(key), "utf8");
      } catch {
        return undefined;
      }
      try {
        const o = JSON.parse(text) as { token?: unknown; expiresAt?: unknown };
        if (typeof o.token !== "string" || typeof o.expiresAt !== "number") return undefined;
        return createAccessToken(o.token, o.expiresAt);
      } catch {
        return undefined;
      }
    },
    async set(key, token) {
      await ensureDir();
      const file = fileOf(key);
      const tmp = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
      try {
        await writeFile(tmp, JSON.stringify({ token: token.token, expiresAt: token.expiresAt }), { mode: 0o600, flag: "wx" });
        await rename(tmp, file);
      } catch (e) {
        await unlink(tmp).catch(() => {});
        throw e;
      }
    },
    async delete(key) {
      await unlink(fileOf(key)).catch(() => {});
    },
  };
}
