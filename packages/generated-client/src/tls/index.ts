export { createTlsFetch } from "./tls-fetch.js";
export type { TlsFetch, TlsFetchOptions } from "./tls-fetch.js";
export { tlsOptionsFromEnv, createTlsFetchFromEnv, TLS_ENV } from "./from-env.js";
export { bypassesProxy } from "./no-proxy.js";
