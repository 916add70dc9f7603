// HTTP Basic authentication (RFC 7617), as Camunda Self-Managed offers it for the REST API.
import { base64Of, CALL_REQUEST_MIDDLEWARE, type CallRequestMiddleware } from "@c8rest/client";
import { AuthConfigError } from "./errors.js";
import { createOriginGuard, type AuthMiddlewareOptions } from "./origin-guard.js";

/** Options of {@link basicAuthMiddleware}. */
export interface BasicAuthOptions extends AuthMiddlewareOptions {
  username: string;
  password: string;
}

/**
 * An openapi-fetch `Middleware` that sends `Authorization: Basic base64(username:password)` (RFC 7617, UTF-8) to the
 * API's origin only. See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-authentication/
 *
 * @throws {AuthConfigError} when the username or password is missing or the username contains ":".
 * @example
 * const client = createCamundaClient({
 *   baseUrl: "http://localhost:8080",
 *   middleware: [basicAuthMiddleware({ username: "demo", password: "demo" })],
 * });
 */
export function basicAuthMiddleware(options: BasicAuthOptions): CallRequestMiddleware {
  const { username, password } = options ?? ({} as BasicAuthOptions);
  if (typeof username !== "string" || username.length === 0) {
    throw new AuthConfigError("username", "username is missing: set the basic auth user (CAMUNDA_BASIC_AUTH_USERNAME).");
  }
  if (username.includes(":")) throw new AuthConfigError("username", 'username must not contain ":" (RFC 7617 §2).');
  if (typeof password !== "string" || password.length === 0) {
    throw new AuthConfigError("password", "password is missing: set the basic auth password (CAMUNDA_BASIC_AUTH_PASSWORD).");
  }
  const header = `Basic ${base64Of(new TextEncoder().encode(`${username}:${password}`))}`;
  const checkOrigin = createOriginGuard(options);
  return {
    [CALL_REQUEST_MIDDLEWARE]: true,
    onRequest({ request, options: client }) {
      checkOrigin(request.url, client?.baseUrl);
      request.headers.set("authorization", header);
      return undefined;
    },
  };
}
