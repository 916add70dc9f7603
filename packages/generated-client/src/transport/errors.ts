/** Stable code of {@link CamundaTimeoutError}: a call did not finish within its timeout. */
export const TIMEOUT_ERROR_CODE = "C8REST_TIMEOUT" as const;
/** Stable code of {@link CamundaNetworkError}: no HTTP response (connection, DNS, TLS, reset), or a body cut off. */
export const NETWORK_ERROR_CODE = "C8REST_NETWORK" as const;
/** Stable code of {@link CamundaRedirectError}: the server answered an API call with a redirect (not followed). */
export const REDIRECT_ERROR_CODE = "C8REST_REDIRECT" as const;
/** Stable code of {@link CamundaResponseTooLargeError}: a response body exceeded `maxResponseBytes`. */
export const RESPONSE_TOO_LARGE_ERROR_CODE = "C8REST_RESPONSE_TOO_LARGE" as const;

/** What every transport error says about the call that failed. No headers, no body: nothing secret. */
export interface CallDescription {
  /** `"POST /process-instances"`: method and path relative to `/v2`. */
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  /** HTTP attempts sent (1 when the call was not retried). */
  readonly attempts: number;
}

/** Base of the transport errors: the call's operation, method, path and attempts. */
export abstract class CamundaCallError extends Error implements CallDescription {
  // `declare`d fields are set in the constructor: no empty field definitions are emitted (smaller bundles).
  declare readonly operation: string;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly attempts: number;

  constructor(call: CallDescription, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.operation = call.operation;
    this.method = call.method;
    this.path = call.path;
    this.attempts = call.attempts;
  }
}

/**
 * Thrown when a call (all attempts, waits between them and the read of the response body) took longer than its
 * timeout. The message names the operation and the limit.
 *
 * @example
 * try {
 *   await client.GET("/topology");
 * } catch (e) {
 *   if (e instanceof CamundaTimeoutError) console.error(e.operation, e.timeoutMs);
 * }
 */
export class CamundaTimeoutError extends CamundaCallError {
  override readonly name = "CamundaTimeoutError";
  readonly code = TIMEOUT_ERROR_CODE;
  /** The limit that was exceeded, in milliseconds. */
  declare readonly timeoutMs: number;

  constructor(call: CallDescription, timeoutMs: number) {
    super(call, `${call.operation} timed out after ${timeoutMs} ms (${call.attempts} attempt(s)): check the cluster is reachable, or raise timeoutMs.`);
    this.timeoutMs = timeoutMs;
  }
}

/** Error codes of certificate problems, as Node's TLS layer reports them. */
const CERT_CODES = /CERT|SELF_SIGNED|UNABLE_TO_|ERR_TLS|ERR_SSL|HOSTNAME/;
const TLS_HELP = " (or use createTlsFetch of @c8rest/client/tls)";
const MTLS_HELP = `set CAMUNDA_MTLS_CERT_PATH and CAMUNDA_MTLS_KEY_PATH${TLS_HELP}`;

function hint(code: string | undefined, https: boolean): string {
  if (code === "ECONNREFUSED") return "nothing listens there: check the address and port";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "unknown host: check the address";
  if (/CERTIFICATE_REQUIRED|BAD_CERTIFICATE|UNKNOWN_CA/.test(code ?? "")) return `client certificate rejected: ${MTLS_HELP}`;
  if (isTlsError(code)) return `server certificate not trusted: set CAMUNDA_CUSTOM_ROOT_CERT_PATH to its CA${TLS_HELP}`;
  // With TLS 1.3 a server that wants a client certificate accepts the handshake, then closes: no alert code reaches fetch.
  if (https && (code === "UND_ERR_SOCKET" || code === "ECONNRESET")) return `closed by the server; if it requires mTLS, ${MTLS_HELP}`;
  return "check the address and that the cluster is reachable";
}

/**
 * The innermost socket or TLS `code` of an error chain (Node's fetch wraps it in `cause`), skipping our own
 * `C8REST_*` codes.
 *
 * @example
 * errorCode(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } })); // "ECONNREFUSED"
 */
export function errorCode(error: unknown): string | undefined {
  let found: string | undefined;
  let e = error as { code?: unknown; cause?: unknown } | undefined;
  for (let i = 0; e && typeof e === "object" && i < 5; i++, e = e.cause as never) {
    if (typeof e.code === "string" && !e.code.startsWith("C8REST_")) found = e.code;
  }
  return found;
}

/**
 * Whether a socket error code is a certificate or TLS handshake problem (retrying cannot fix it; the fix is a CA or
 * a client certificate, see `@c8rest/client/tls`).
 *
 * @example
 * isTlsError("SELF_SIGNED_CERT_IN_CHAIN"); // true
 */
export function isTlsError(code: string | undefined): boolean {
  return code !== undefined && CERT_CODES.test(code);
}

/**
 * Thrown when a call got no HTTP response: connection refused or reset, DNS failure, TLS failure; or when the
 * response body was cut off before its end (the message then says "incomplete response body"). The message says
 * what to fix, whether the call was retried, and why not when it was not. `cause` is the error of Node's fetch.
 *
 * @example
 * try {
 *   await client.POST("/process-instances", { body: { processDefinitionId: "order" } });
 * } catch (e) {
 *   if (e instanceof CamundaNetworkError) console.error(e.operation, e.errorCode, e.attempts);
 * }
 */
export class CamundaNetworkError extends CamundaCallError {
  override readonly name = "CamundaNetworkError";
  readonly code = NETWORK_ERROR_CODE;
  /** The socket or TLS error code (`ECONNRESET`, `SELF_SIGNED_CERT_IN_CHAIN`, ...), when Node gave one. */
  declare readonly errorCode: string | undefined;

  constructor(call: CallDescription, cause: unknown, why: string, https = false, what = "no response") {
    const code = errorCode(cause);
    super(call, `${call.operation} got ${what} (${code ?? "network error"}, ${call.attempts} attempt(s)${why}): ${hint(code, https)}.`, cause);
    this.errorCode = code;
  }
}

/** The origin of a `Location` (resolved against the request URL), never its path or query; or why there is none. */
function originOf(location: string | null, base: string): string {
  if (location === null) return "no Location";
  try {
    const { origin } = new URL(location, base);
    return origin === "null" ? "a non-http Location" : origin;
  } catch {
    return "an invalid Location";
  }
}

/**
 * Thrown when the server answers an API call with a redirect (301, 302, 303, 307, 308): the client never follows
 * one, since following would turn a command `POST` into a `GET` (301/302/303, RFC 9110 §15.4) or re-send the
 * request and its token to another address. `location` is the origin of the `Location` header only: its path and
 * query may carry credentials. Usually the address is wrong (e.g. `http:` for an `https:` cluster).
 *
 * @example
 * try {
 *   await client.GET("/topology");
 * } catch (e) {
 *   if (e instanceof CamundaRedirectError) console.error(e.status, e.location);
 * }
 */
export class CamundaRedirectError extends CamundaCallError {
  override readonly name = "CamundaRedirectError";
  readonly code = REDIRECT_ERROR_CODE;
  /** The redirect status (0 for a browser's opaque redirect). */
  declare readonly status: number;
  /** The origin of the `Location` header (`https://other.example:8443`), or why there is none. */
  declare readonly location: string;

  constructor(call: CallDescription, status: number, location: string | null, url: string) {
    const to = originOf(location, url);
    super(call, `${call.operation} was redirected (HTTP ${status}) to ${to}: API calls do not follow redirects; set baseUrl to the address the API answers at.`);
    this.status = status;
    this.location = to;
  }
}

/**
 * Thrown when a response body is larger than the call's `maxResponseBytes` (counted after decompression). The rest
 * of the body is not read. Raise `maxResponseBytes` (client option or `withCallOptions`) or ask for less (e.g. a
 * smaller `page.limit`).
 *
 * @example
 * try {
 *   await withCallOptions(client, { maxResponseBytes: 1_000_000 }).POST("/process-instances/search", { body: {} });
 * } catch (e) {
 *   if (e instanceof CamundaResponseTooLargeError) console.error(e.operation, e.maxResponseBytes);
 * }
 */
export class CamundaResponseTooLargeError extends CamundaCallError {
  override readonly name = "CamundaResponseTooLargeError";
  readonly code = RESPONSE_TOO_LARGE_ERROR_CODE;
  declare readonly maxResponseBytes: number;

  constructor(call: CallDescription, maxResponseBytes: number) {
    super(call, `${call.operation}: the response body is larger than maxResponseBytes (${maxResponseBytes} bytes); raise maxResponseBytes or ask for less (e.g. a smaller page.limit).`);
    this.maxResponseBytes = maxResponseBytes;
  }
}
