// Which requests get credentials: only those for the API's own origin (docs/auth-faults.md #29), over https unless the
// host is loopback or plain http was allowed (#30).
import { AuthConfigError } from "./errors.js";
import { checkUrl } from "./url-check.js";

/** Options every auth middleware shares. */
export interface AuthMiddlewareOptions {
  /**
   * The API address whose origin gets credentials (e.g. `ZEEBE_REST_ADDRESS`); a request for another origin fails
   * with an `AuthConfigError` and is not sent. Default: the client's `baseUrl` as openapi-fetch reports it for each
   * request.
   */
  baseUrl?: string | URL;
  /** Allow credentials over plain http to a non-loopback API host. Default false. */
  allowInsecureHttp?: boolean;
}

/**
 * Returns a check `(requestUrl, clientBaseUrl)` that passes when the request is for the API's origin and throws an
 * {@link AuthConfigError} otherwise: a request elsewhere is neither given credentials nor sent without them
 * (that would fail as a puzzling 401), it fails saying which origins disagree.
 */
export function createOriginGuard(options: AuthMiddlewareOptions | undefined): (requestUrl: string, clientBaseUrl: string | undefined) => void {
  const allowInsecure = options?.allowInsecureHttp === true;
  const pinned = options?.baseUrl !== undefined ? checkUrl(options.baseUrl, "baseUrl", allowInsecure).origin : undefined;
  const origins = new Map<string, string>();
  const originOf = (baseUrl: string): string => {
    let origin = origins.get(baseUrl);
    if (origin === undefined) {
      origin = checkUrl(baseUrl, "baseUrl", allowInsecure).origin;
      if (origins.size > 100) origins.clear();
      origins.set(baseUrl, origin);
    }
    return origin;
  };
  return (requestUrl, clientBaseUrl) => {
    const origin = pinned ?? (clientBaseUrl ? originOf(clientBaseUrl) : undefined);
    if (origin === undefined) {
      throw new AuthConfigError("baseUrl", "The client has no baseUrl, so the auth middleware cannot tell which origin may get credentials; set baseUrl on the client or the middleware.");
    }
    // Request URLs are serialised by the URL parser, so an origin prefix test is exact.
    const c = requestUrl[origin.length];
    if (requestUrl.startsWith(origin) && (c === undefined || c === "/" || c === "?")) return;
    let target = "another origin";
    try {
      target = new URL(requestUrl).origin; // the origin only: no path, query or user info
    } catch {
      // keep the generic wording
    }
    throw new AuthConfigError(
      "baseUrl",
      `Request to ${target} not sent: credentials are configured for ${origin} only (the middleware's baseUrl or ZEEBE_REST_ADDRESS); make it match the client's baseUrl.`,
    );
  };
}
