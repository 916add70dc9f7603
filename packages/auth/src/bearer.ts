// A fixed or externally managed bearer token (RFC 6750), e.g. CAMUNDA_OAUTH_TOKEN.
import { CALL_REQUEST_MIDDLEWARE, type CallRequestMiddleware } from "@c8rest/client";
import { AuthConfigError } from "./errors.js";
import { createOriginGuard, type AuthMiddlewareOptions } from "./origin-guard.js";
import { accessTokenProblem } from "./token-response.js";

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
export function bearerTokenMiddleware(tokenOrAsyncFn: BearerTokenSource, options?: AuthMiddlewareOptions): CallRequestMiddleware {
  if (typeof tokenOrAsyncFn === "string") checkToken(tokenOrAsyncFn);
  else if (typeof tokenOrAsyncFn !== "function") {
    throw new AuthConfigError("token", "bearerTokenMiddleware needs a token string or a function returning one (CAMUNDA_OAUTH_TOKEN).");
  }
  const fixed = typeof tokenOrAsyncFn === "string" ? `Bearer ${tokenOrAsyncFn}` : undefined;
  const checkOrigin = createOriginGuard(options);
  return {
    [CALL_REQUEST_MIDDLEWARE]: true,
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
  const problem = accessTokenProblem(token);
  if (problem) throw new AuthConfigError("token", `The bearer token ${problem}: spaces, CR/LF and non-ASCII are not allowed; check how it was copied.`);
}
