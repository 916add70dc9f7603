// Token caches: the TokenCache interface, the cache key, and the in-memory default (docs/auth-faults.md #27).
// The key is hashed with WebCrypto (https://developer.mozilla.org/docs/Web/API/SubtleCrypto/digest), not node:crypto,
// so that this module runs in a browser too.
import { AuthConfigError } from "./errors.js";
import type { AccessToken } from "./access-token.js";

/**
 * A store for tokens, keyed by {@link tokenCacheKey}. Methods may be sync or async. Implement it to share tokens
 * through a store of your own; the provider treats every failure of the store as a cache miss.
 *
 * @example
 * const store = new Map<string, AccessToken>();
 * const cache: TokenCache = {
 *   get: (key) => store.get(key),
 *   set: (key, token) => void store.set(key, token),
 *   delete: (key) => void store.delete(key),
 * };
 * const provider = createOAuthTokenProvider({ clientId, clientSecret, cache });
 */
export interface TokenCache {
  get(key: string): AccessToken | undefined | Promise<AccessToken | undefined>;
  set(key: string, token: AccessToken): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

/** What identifies a token: a rotated secret or another audience never reuses an old token. */
export interface TokenCacheKeyParts {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience?: string | undefined;
  scope?: string | undefined;
}

/** WebCrypto's digest API; browsers offer it in secure contexts only (https or localhost). */
export function requireSubtleCrypto(): NonNullable<typeof globalThis.crypto>["subtle"] {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return subtle;
  throw new AuthConfigError("cache", "A token cache needs WebCrypto (crypto.subtle): use https, or no cache option.");
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await requireSubtleCrypto().digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The cache key of a credential: a sha256 over token URL, client id, audience, scope and a hash of the secret.
 * It reveals none of them. Asynchronous: it uses WebCrypto, available in Node and in browsers (secure contexts).
 *
 * @example
 * const key = await tokenCacheKey({ tokenUrl: "https://login.cloud.camunda.io/oauth/token", clientId: "id", clientSecret: "s" });
 */
export async function tokenCacheKey(p: TokenCacheKeyParts): Promise<string> {
  const secretHash = await sha256Hex(p.clientSecret);
  return sha256Hex(JSON.stringify([p.tokenUrl, p.clientId, p.audience ?? "", p.scope ?? "", secretHash]));
}

/**
 * A cache in process memory, e.g. to share one token between several providers of the same credential (without a
 * cache, each provider keeps its own token).
 *
 * @example
 * const provider = createOAuthTokenProvider({ clientId, clientSecret, cache: createMemoryTokenCache() });
 */
export function createMemoryTokenCache(): TokenCache {
  const store = new Map<string, AccessToken>();
  return {
    get: (key) => store.get(key),
    set: (key, token) => void store.set(key, token),
    delete: (key) => void store.delete(key),
  };
}
