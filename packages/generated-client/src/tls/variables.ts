// The environment variables of TLS and proxy settings. No import of undici or node:*: the main entry exports these
// so that a program (or @c8rest/auth) can tell whether it needs @c8rest/client/tls before loading it.

/** The environment variables {@link tlsOptionsFromEnv} reads for certificates (Camunda's names for the PEM files). */
export const TLS_ENV = {
  ca: "CAMUNDA_CUSTOM_ROOT_CERT_PATH",
  cert: "CAMUNDA_MTLS_CERT_PATH",
  key: "CAMUNDA_MTLS_KEY_PATH",
} as const;

/** Every variable that makes `createTlsFetchFromEnv` differ from the global fetch: certificates and proxies. */
export const TRANSPORT_ENV: readonly string[] = [...Object.values(TLS_ENV), "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"];

/**
 * Whether `env` sets a TLS or proxy variable ({@link TRANSPORT_ENV}), i.e. whether requests need the fetch of
 * `createTlsFetchFromEnv` (`@c8rest/client/tls`) rather than the global one.
 *
 * @example
 * const fetch = needsTlsFetch(process.env) ? (await import("@c8rest/client/tls")).createTlsFetchFromEnv() : undefined;
 */
export function needsTlsFetch(env: Record<string, string | undefined>): boolean {
  return TRANSPORT_ENV.some((name) => env[name]);
}
