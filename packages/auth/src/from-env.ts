// authFromEnv: the middleware for whatever the environment configures.
import { CALL_REQUEST_MIDDLEWARE, CamundaConfigError, needsTlsFetch, type CallRequestMiddleware } from "@c8rest/client";
import { basicAuthMiddleware } from "./basic.js";
import { bearerTokenMiddleware } from "./bearer.js";
import type { TokenCache } from "./cache.js";
import { readAuthConfig } from "./env-config.js";
import { oauthMiddleware } from "./middleware.js";
import type { AuthLogger, Clock } from "./options.js";
import { AuthConfigError } from "./errors.js";
import type { TokenFetch } from "./token-request.js";

// Variables, so that bundlers (esbuild, rolldown) leave these entries, and undici and Node's built-ins with them,
// out of a bundle: the main entry stays browser-safe. The file cache (@c8rest/auth/node) is loaded only when
// CAMUNDA_OAUTH_CACHE_DIR is set, the TLS fetch (@c8rest/client/tls) when TLS or proxy variables are, each on first use.
const NODE_ENTRY: string = "@c8rest/auth/node";
const TLS_ENTRY: string = "@c8rest/client/tls";

/** A file cache in `dir` (`createFileTokenCache` of @c8rest/auth/node), loaded on first use. */
function lazyFileCache(dir: string): TokenCache {
  let cache: Promise<TokenCache> | undefined;
  const get = () => (cache ??= (import(NODE_ENTRY) as Promise<typeof import("./node.js")>).then((m) => m.createFileTokenCache(dir)));
  return {
    get: async (key) => (await get()).get(key),
    set: async (key, token) => (await get()).set(key, token),
    delete: async (key) => (await get()).delete(key),
  };
}

/**
 * The fetch of `createTlsFetchFromEnv(env)` (@c8rest/client/tls, the one the API calls use too) for token requests:
 * custom CA, client certificate, `HTTPS_PROXY`/`HTTP_PROXY` and `NO_PROXY`. Loaded and set up on first use; a file
 * that cannot be read fails the token request with an {@link AuthConfigError} naming the variable.
 */
function tlsFetchFromEnv(env: Record<string, string | undefined>): TokenFetch {
  let ready: Promise<TokenFetch> | undefined;
  const load = async (): Promise<TokenFetch> => {
    const tls = (await import(TLS_ENTRY)) as typeof import("@c8rest/client/tls");
    try {
      return tls.createTlsFetchFromEnv(env);
    } catch (e) {
      if (e instanceof CamundaConfigError) throw new AuthConfigError(e.setting, e.message, { cause: e });
      throw e;
    }
  };
  return async (input, init) => {
    const fetch = await (ready ??= load().catch((e: unknown) => {
      ready = undefined; // a fixed file is read on the next request
      throw e;
    }));
    return fetch(input, init);
  };
}

/** Options of {@link authFromEnv}: what the environment cannot say. */
export interface AuthFromEnvOptions {
  /**
   * Fetch for token requests. Default: the global fetch, or, when TLS or proxy variables are set
   * (`CAMUNDA_CUSTOM_ROOT_CERT_PATH`, `CAMUNDA_MTLS_*`, `HTTPS_PROXY`, `HTTP_PROXY`, with `NO_PROXY`), the fetch of
   * `createTlsFetchFromEnv` from `@c8rest/client/tls`, loaded on the first token request.
   */
  fetch?: TokenFetch;
  /** Token store. Default: files in `CAMUNDA_OAUTH_CACHE_DIR` when set, else memory. */
  cache?: TokenCache;
  logger?: AuthLogger;
  clock?: Clock;
}

/**
 * The openapi-fetch `Middleware` for the strategy the environment configures (see {@link readAuthConfig}): OAuth,
 * basic, bearer, or none (a middleware that does nothing). When `ZEEBE_REST_ADDRESS` is set, requests must go to its
 * origin (others fail with an `AuthConfigError`, unsent); else credentials go to the client's `baseUrl` origin.
 *
 * @throws {AuthConfigError} when the environment is inconsistent (the message names the variable).
 * @example
 * const client = createCamundaClient({
 *   baseUrl: process.env.ZEEBE_REST_ADDRESS!,
 *   middleware: [authFromEnv()],
 * });
 */
export function authFromEnv(env: Record<string, string | undefined> = process.env, options: AuthFromEnvOptions = {}): CallRequestMiddleware {
  const config = readAuthConfig(env);
  const guard = { allowInsecureHttp: config.allowInsecureHttp.value, ...(config.restAddress ? { baseUrl: config.restAddress.value } : {}) };
  if (config.basic) return basicAuthMiddleware({ username: config.basic.username.value, password: config.basic.password.value, ...guard });
  if (config.bearer) return bearerTokenMiddleware(config.bearer.token.value, guard);
  if (!config.oauth) return { [CALL_REQUEST_MIDDLEWARE]: true, onRequest: () => undefined };
  const { clientId, clientSecret, tokenUrl, audience, scope, cacheDir } = config.oauth;
  const fetch = options.fetch ?? (needsTlsFetch(env) ? tlsFetchFromEnv(env) : undefined);
  const cache = options.cache ?? (cacheDir ? lazyFileCache(cacheDir.value) : undefined);
  return oauthMiddleware({
    clientId: clientId.value,
    clientSecret: clientSecret.value,
    tokenUrl: tokenUrl.value,
    ...(audience ? { audience: audience.value } : {}),
    ...(scope ? { scope: scope.value } : {}),
    ...(fetch ? { fetch } : {}),
    ...(cache ? { cache } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...guard,
  });
}
