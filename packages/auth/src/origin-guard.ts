// Which requests get credentials: only those for the API's own origin (AUTH-FAULTS #29), over https unless the
// host is loopback or plain http was allowed (#30).
import { AuthConfigError } from "./errors.js";
import { checkUrl } from "./url-check.js";

/** Options every auth middleware shares. */
export interface AuthMiddlewareOptions {
  /**
   * The API address whose origin gets credentials (e.g. `ZEEBE_REST_ADDRESS`). Default: the client's `baseUrl`
   * as openapi-fetch reports it for each request.
   */
  baseUrl?: string | URL;
  /** Allow credentials over plain http to a non-loopback API host. Default false. */
  allowInsecureHttp?: boolean;
}

/** Returns a check `(requestUrl, clientBaseUrl) => boolean`: true when the request may carry credentials. */
export function createOriginGuard(options: AuthMiddlewareOptions | undefined): (requestUrl: string, clientBaseUrl: string | undefined) => boolean {
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
    return requestUrl.startsWith(origin) && (requestUrl.length === origin.length || requestUrl[origin.length] === "/" || requestUrl[origin.length] === "?");
  };
}
