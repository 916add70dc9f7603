// A token cache in files, so that several processes share one token (CAMUNDA_OAUTH_CACHE_DIR; docs/auth-faults.md #34).
import { randomBytes } from "node:crypto";
import { lstat, mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createAccessToken } from "./access-token.js";
import type { TokenCache } from "./cache.js";
import { AuthConfigError } from "./errors.js";

/** Options of {@link createFileTokenCache}. */
export interface FileTokenCacheOptions {
  /**
   * The user id that must own the directory and its files. Default `process.getuid()`; where there is none
   * (Windows) ownership and modes are not checked.
   */
  getuid?: () => number | undefined;
}

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(3, "0");

/**
 * A {@link TokenCache} storing one file per credential in `dir`: the directory is created with mode 0700, files are
 * written with mode 0600 through a temporary file and a rename (atomic), and a corrupt file counts as a miss and is
 * replaced by the next write. File names are the cache keys, which reveal no credential.
 *
 * Refused, with an `AuthConfigError` from `get`/`set` (the provider logs it as a warning and keeps its token in memory
 * only): a directory owned by another user or writable by group or others, and an entry file that is not a regular
 * file of this user with mode 0600. Another user could otherwise plant a token or read this one.
 *
 * @example
 * const provider = createOAuthTokenProvider({ clientId, clientSecret, cache: createFileTokenCache("/var/cache/c8rest") });
 */
export function createFileTokenCache(dir: string, options: FileTokenCacheOptions = {}): TokenCache {
  const uid = (options.getuid ?? (() => process.getuid?.()))();
  const fileOf = (key: string) => join(dir, `${key.replace(/[^A-Za-z0-9_-]/g, "_")}.json`);
  const refuse = (what: string, fix: string) =>
    new AuthConfigError("CAMUNDA_OAUTH_CACHE_DIR", `The token cache ${what}; ${fix}, or choose another CAMUNDA_OAUTH_CACHE_DIR. Tokens are kept in memory only meanwhile.`);

  /** Creates the directory (0700) or checks the one there; throws when another user could write to it. */
  async function checkDir(): Promise<void> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const s = await lstat(dir);
    if (!s.isDirectory()) throw refuse(`directory ${dir} is not a directory`, "remove it");
    if (uid === undefined) return;
    if (s.uid !== uid) throw refuse(`directory ${dir} belongs to another user (uid ${s.uid})`, "use a directory of your own");
    if (s.mode & 0o022) throw refuse(`directory ${dir} is writable by group or others (mode ${octal(s.mode)})`, `run chmod 700 ${dir}`);
  }

  return {
    async get(key) {
      await checkDir();
      const file = fileOf(key);
      let text: string;
      try {
        const s = await lstat(file);
        if (uid !== undefined && (!s.isFile() || s.uid !== uid || (s.mode & 0o777) !== 0o600)) {
          throw refuse(`file ${file} is not a file of this user with mode 0600 (mode ${octal(s.mode)}, uid ${s.uid})`, "delete it");
        }
        text = await readFile(file, "utf8");
      } catch (e) {
        if (e instanceof AuthConfigError) throw e;
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
      await checkDir();
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
