// Token caches: the TokenCache interface, the cache key, and the in-memory default (docs/auth-faults.md #27).
import { createHash } from "node:crypto";
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

/**
 * The cache key of a credential: a sha256 over token URL, client id, audience, scope and a hash of the secret.
 * It reveals none of them.
 *
 * @example
 * tokenCacheKey({ tokenUrl: "https://login.cloud.camunda.io/oauth/token", clientId: "id", clientSecret: "s" });
 */
export function tokenCacheKey(p: TokenCacheKeyParts): string {
  const secretHash = createHash("sha256").update(p.clientSecret).digest("hex");
  return createHash("sha256")
    .update(JSON.stringify([p.tokenUrl, p.clientId, p.audience ?? "", p.scope ?? "", secretHash]))
    .digest("hex");
}

/**
 * The default cache: process memory, one per provider.
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
