// authFromEnv: the middleware for whatever the environment configures.
import type { Middleware } from "openapi-fetch";
import { basicAuthMiddleware } from "./basic.js";
import { bearerTokenMiddleware } from "./bearer.js";
import type { TokenCache } from "./cache.js";
import { readAuthConfig } from "./env-config.js";
import { oauthMiddleware } from "./middleware.js";
import type { AuthLogger, Clock } from "./options.js";
import type { TokenFetch } from "./token-request.js";

// The Node-only parts (file cache, TLS) come from @c8rest/auth/node, imported when first used: this entry stays
// browser-safe. The specifier is a variable so that bundlers leave that entry out of a browser bundle.
const NODE_ENTRY: string = "@c8rest/auth/node";
type NodeParts = typeof import("./node.js");
let nodeParts: Promise<NodeParts> | undefined;
const loadNode = (): Promise<NodeParts> => (nodeParts ??= import(NODE_ENTRY) as Promise<NodeParts>);

/** A file cache in `dir`, loaded on first use. */
function lazyFileCache(dir: string): TokenCache {
  let cache: Promise<TokenCache> | undefined;
  const get = () => (cache ??= loadNode().then((m) => m.createFileTokenCache(dir)));
  return {
    get: async (key) => (await get()).get(key),
    set: async (key, token) => (await get()).set(key, token),
    delete: async (key) => (await get()).delete(key),
  };
}

/** A TLS fetch for token requests, loaded on first use. */
function lazyTlsFetch(files: Parameters<NodeParts["createTlsFetch"]>[0]): TokenFetch {
  let fetch: Promise<TokenFetch> | undefined;
  return async (input, init) => (await (fetch ??= loadNode().then((m) => m.createTlsFetch(files))))(input, init);
}

/** Options of {@link authFromEnv}: what the environment cannot say. */
export interface AuthFromEnvOptions {
  /** Fetch for token requests. Default: plain fetch, or one with an undici Agent when TLS variables are set. */
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
export function authFromEnv(env: Record<string, string | undefined> = process.env, options: AuthFromEnvOptions = {}): Middleware {
  const config = readAuthConfig(env);
  const guard = { allowInsecureHttp: config.allowInsecureHttp.value, ...(config.restAddress ? { baseUrl: config.restAddress.value } : {}) };
  if (config.basic) return basicAuthMiddleware({ username: config.basic.username.value, password: config.basic.password.value, ...guard });
  if (config.bearer) return bearerTokenMiddleware(config.bearer.token.value, guard);
  if (!config.oauth) return { onRequest: () => undefined };
  const { clientId, clientSecret, tokenUrl, audience, scope, cacheDir } = config.oauth;
  const { caPath, certPath, keyPath } = config.tls;
  const fetch = options.fetch ?? (caPath || certPath ? lazyTlsFetch({ caPath: caPath?.value, certPath: certPath?.value, keyPath: keyPath?.value }) : undefined);
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
