// A fixed or externally managed bearer token (RFC 6750), e.g. CAMUNDA_OAUTH_TOKEN.
import type { Middleware } from "openapi-fetch";
import { AuthConfigError } from "./errors.js";
import { createOriginGuard, type AuthMiddlewareOptions } from "./origin-guard.js";

const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** A token, or a function returning the current token (called for every request). */
export type BearerTokenSource = string | (() => string | Promise<string>);

/**
 * An openapi-fetch `Middleware` that sends `Authorization: Bearer <token>` (RFC 6750 §2.1) to the API's origin only.
 * The token is checked against RFC 6750's `b64token` before use; nothing refreshes it (use {@link oauthMiddleware}
 * for that).
 *
 * @throws {AuthConfigError} when the token is empty or not a valid bearer token (the token is never echoed).
 * @example
 * const client = createCamundaClient({
 *   baseUrl: "http://localhost:8080",
 *   middleware: [bearerTokenMiddleware(process.env.CAMUNDA_OAUTH_TOKEN!)],
 * });
 */
export function bearerTokenMiddleware(tokenOrAsyncFn: BearerTokenSource, options?: AuthMiddlewareOptions): Middleware {
  if (typeof tokenOrAsyncFn === "string") checkToken(tokenOrAsyncFn);
  else if (typeof tokenOrAsyncFn !== "function") {
    throw new AuthConfigError("token", "bearerTokenMiddleware needs a token string or a function returning one (CAMUNDA_OAUTH_TOKEN).");
  }
  const fixed = typeof tokenOrAsyncFn === "string" ? `Bearer ${tokenOrAsyncFn}` : undefined;
  const checkOrigin = createOriginGuard(options);
  return {
    async onRequest({ request, options: client }) {
      checkOrigin(request.url, client?.baseUrl);
      let header = fixed;
      if (header === undefined) {
        const token = await (tokenOrAsyncFn as () => string | Promise<string>)();
        checkToken(token);
        header = `Bearer ${token}`;
      }
      request.headers.set("authorization", header);
      return undefined;
    },
  };
}

function checkToken(token: unknown): void {
  if (typeof token !== "string" || token.length === 0) {
    throw new AuthConfigError("token", "The bearer token is empty: set CAMUNDA_OAUTH_TOKEN or return a token from the function.");
  }
  if (!B64TOKEN.test(token)) {
    throw new AuthConfigError("token", "The bearer token has characters a bearer token cannot have (RFC 6750 §2.1: spaces, CR/LF, non-ASCII); check how it was copied.");
  }
}
