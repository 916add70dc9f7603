// @c8rest/auth: OAuth 2.0 client credentials, basic and bearer auth for @c8rest/client (openapi-fetch middleware).
// Browser-safe: no Node built-in in this entry's import graph; file cache and TLS are in @c8rest/auth/node.
export type { AccessToken } from "./access-token.js";
export { createOAuthTokenProvider, type OAuthTokenProvider } from "./provider.js";
export {
  SAAS_AUDIENCE,
  SAAS_TOKEN_URL,
  type AuthLogger,
  type Clock,
  type OAuthTokenProviderOptions,
} from "./options.js";
export { oauthMiddleware, type OAuthMiddlewareOptions } from "./middleware.js";
/** The replay marker lives in @c8rest/client (one spelling for the transport and this middleware). */
export { AUTH_REPLAY } from "@c8rest/client";
export { basicAuthMiddleware, type BasicAuthOptions } from "./basic.js";
export { bearerTokenMiddleware, type BearerTokenSource } from "./bearer.js";
export type { AuthMiddlewareOptions } from "./origin-guard.js";
export { readAuthConfig, AUTH_ENV_VARIABLES, type AuthConfig, type AuthStrategy, type ConfigValue } from "./env-config.js";
export { authFromEnv, type AuthFromEnvOptions } from "./from-env.js";
export { createMemoryTokenCache, tokenCacheKey, type TokenCache, type TokenCacheKeyParts } from "./cache.js";
export type { TokenFetch } from "./token-request.js";
export { DEFAULT_LIFETIME_SECONDS, MAX_LIFETIME_SECONDS, MAX_TOKEN_LENGTH } from "./token-response.js";
export {
  AUTH_CONFIG_ERROR,
  OAUTH_ERROR,
  TOKEN_REQUEST_ERROR,
  TOKEN_RESPONSE_ERROR,
  AuthConfigError,
  AuthError,
  OAuthError,
  TokenRequestError,
  TokenResponseError,
  type AuthErrorCode,
  type TokenRequestFailure,
} from "./errors.js";
