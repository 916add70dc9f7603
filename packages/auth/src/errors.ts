// Error classes of @c8rest/auth. Messages say what to fix; none carries a secret, a token, an Authorization header
// or a request body (see docs/auth-faults.md #32). The raw token reply is never a `cause`.

/** Stable code of {@link AuthConfigError}: a setting cannot work; nothing was sent. */
export const AUTH_CONFIG_ERROR = "C8REST_AUTH_CONFIG" as const;
/** Stable code of {@link TokenRequestError}: the token endpoint could not be reached or answered with a non-OAuth failure. */
export const TOKEN_REQUEST_ERROR = "C8REST_AUTH_TOKEN_REQUEST" as const;
/** Stable code of {@link TokenResponseError}: the token endpoint answered 2xx with a reply that does not conform to RFC 6749 §5.1. */
export const TOKEN_RESPONSE_ERROR = "C8REST_AUTH_TOKEN_RESPONSE" as const;
/** Stable code of {@link OAuthError}: the token endpoint refused the request with an RFC 6749 §5.2 error. */
export const OAUTH_ERROR = "C8REST_AUTH_OAUTH_ERROR" as const;

/** Every stable code an auth error can carry. */
export type AuthErrorCode = typeof AUTH_CONFIG_ERROR | typeof TOKEN_REQUEST_ERROR | typeof TOKEN_RESPONSE_ERROR | typeof OAUTH_ERROR;

/**
 * Base class of every error thrown by `@c8rest/auth`.
 *
 * @example
 * try {
 *   await provider.getToken();
 * } catch (e) {
 *   if (e instanceof AuthError) console.error(e.code, e.message);
 * }
 */
export abstract class AuthError extends Error {
  abstract readonly code: AuthErrorCode;
  // `declare`d fields are set in the constructor: no empty field definitions are emitted (smaller bundles).
  /**
   * True when a later call may succeed without a configuration change (network, timeouts, 5xx, 429, a malformed or
   * truncated 2xx reply): such failures are retried with backoff and never start the cool-down.
   */
  declare readonly retryable: boolean;

  constructor(message: string, options?: { cause?: unknown; retryable?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options?.retryable ?? false;
  }
}

/**
 * Thrown before anything is sent when an option or environment variable cannot work.
 * `setting` names the option or variable(s) to fix; the value itself is never echoed.
 *
 * @example
 * try {
 *   readAuthConfig({ ZEEBE_CLIENT_ID: "my-client" });
 * } catch (e) {
 *   if (e instanceof AuthConfigError) console.error(e.setting); // "ZEEBE_CLIENT_SECRET"
 * }
 */
export class AuthConfigError extends AuthError {
  override readonly name = "AuthConfigError";
  readonly code = AUTH_CONFIG_ERROR;
  /** The option or environment variable(s) to fix, e.g. `"tokenUrl"` or `"ZEEBE_CLIENT_SECRET"`. */
  declare readonly setting: string;

  constructor(setting: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.setting = setting;
  }
}

/** What went wrong while talking to the token endpoint. */
export type TokenRequestFailure = "network" | "timeout" | "http-status" | "redirect" | "body-too-large" | "cool-down";

/**
 * The token endpoint could not be reached, timed out, redirected, or answered with an HTTP error that is not an
 * RFC 6749 §5.2 error (e.g. an HTML 502 page). `status`, `contentType` and a short sanitised `excerpt` of the body
 * say what came back.
 *
 * @example
 * try {
 *   await provider.getToken();
 * } catch (e) {
 *   if (e instanceof TokenRequestError) console.error(e.failure, e.status, e.excerpt);
 * }
 */
export class TokenRequestError extends AuthError {
  override readonly name = "TokenRequestError";
  readonly code = TOKEN_REQUEST_ERROR;
  declare readonly failure: TokenRequestFailure;
  /** HTTP status of the reply, when there was one. */
  declare readonly status: number | undefined;
  /** `Content-Type` of the reply, when there was one. */
  declare readonly contentType: string | undefined;
  /** Up to 200 characters of the reply body, tags and control characters removed, credentials masked. */
  declare readonly excerpt: string | undefined;
  /** Milliseconds the server asked to wait (`Retry-After`), when it did. */
  declare readonly retryAfterMs: number | undefined;

  constructor(
    failure: TokenRequestFailure,
    message: string,
    details: { status?: number; contentType?: string; excerpt?: string; retryAfterMs?: number; retryable: boolean; cause?: unknown },
  ) {
    super(message, { cause: details.cause, retryable: details.retryable });
    this.failure = failure;
    this.status = details.status;
    this.contentType = details.contentType;
    this.excerpt = details.excerpt;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/**
 * The token endpoint answered 2xx, but the reply is not a usable RFC 6749 §5.1 token response (not JSON, not an
 * object, an `error` field, a missing or malformed `access_token`, a `token_type` other than bearer, a bad
 * `expires_in`). `field` names the offending field. Retryable: a truncated or garbled reply may be a one-off, so it is
 * retried with backoff rather than starting the cool-down.
 *
 * @example
 * try {
 *   await provider.getToken();
 * } catch (e) {
 *   if (e instanceof TokenResponseError) console.error(e.field, e.message);
 * }
 */
export class TokenResponseError extends AuthError {
  override readonly name = "TokenResponseError";
  readonly code = TOKEN_RESPONSE_ERROR;
  /** The field of the reply that is wrong, or `"body"` when the reply as a whole is. */
  declare readonly field: string;
  declare readonly status: number;
  declare readonly contentType: string | undefined;
  /** For a reply that is not JSON (e.g. a proxy's HTML page): a short sanitised excerpt. Never set for JSON, which may hold a token. */
  declare readonly excerpt: string | undefined;

  constructor(field: string, message: string, details: { status: number; contentType?: string | undefined; excerpt?: string | undefined }) {
    super(message, { retryable: true });
    this.field = field;
    this.status = details.status;
    this.contentType = details.contentType;
    this.excerpt = details.excerpt;
  }
}

/**
 * The token endpoint refused the request (RFC 6749 §5.2): e.g. `invalid_client` (wrong id or secret),
 * `unauthorized_client` (Keycloak: the client may not use client credentials), `invalid_scope`, `invalid_request`.
 *
 * @example
 * try {
 *   await provider.getToken();
 * } catch (e) {
 *   if (e instanceof OAuthError && e.error === "invalid_client") console.error("check ZEEBE_CLIENT_ID / ZEEBE_CLIENT_SECRET");
 * }
 */
export class OAuthError extends AuthError {
  override readonly name = "OAuthError";
  readonly code = OAUTH_ERROR;
  /** The RFC 6749 §5.2 `error` code. */
  declare readonly error: string;
  /** The server's `error_description`, when it sent one (sanitised, credentials masked). */
  declare readonly errorDescription: string | undefined;
  declare readonly status: number;

  constructor(message: string, details: { error: string; errorDescription?: string; status: number }) {
    super(message);
    this.error = details.error;
    this.errorDescription = details.errorDescription;
    this.status = details.status;
  }
}
