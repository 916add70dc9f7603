// @c8rest/auth/node: the parts that need Node's built-ins (files, TLS). The main entry stays browser-safe and loads
// this entry lazily (authFromEnv, when CAMUNDA_OAUTH_CACHE_DIR or TLS variables are set).
export { createFileTokenCache, type FileTokenCacheOptions } from "./file-cache.js";
export { createTlsFetch, type TlsFiles } from "./tls-fetch.js";
