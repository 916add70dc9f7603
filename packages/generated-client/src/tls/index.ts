export { createTlsFetch } from "./tls-fetch.js";
export type { TlsFetch, TlsFetchOptions } from "./tls-fetch.js";
export { tlsOptionsFromEnv, createTlsFetchFromEnv } from "./from-env.js";
export { TLS_ENV, TRANSPORT_ENV, needsTlsFetch } from "./variables.js";
export { bypassesProxy } from "./no-proxy.js";
