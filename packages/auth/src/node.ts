// @c8rest/auth/node: the parts that need Node's built-ins (the file cache). The main entry stays browser-safe and
// loads this entry lazily (authFromEnv, when CAMUNDA_OAUTH_CACHE_DIR is set). TLS and proxies for token requests:
// `createTlsFetch` / `createTlsFetchFromEnv` of @c8rest/client/tls, passed as `fetch`.
export { createFileTokenCache, type FileTokenCacheOptions } from "./file-cache.js";
