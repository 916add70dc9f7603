// Pure decisions of the transport: what may be retried, and how long to wait. No I/O.
import { isTlsError } from "./errors.js";

/** Socket errors raised before the request could be sent: even a non-idempotent request never reached the server. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

/**
 * Whether a failed attempt without a response may be retried. An idempotent request may always be; any other request
 * only when the connection was never made (it cannot have reached the server). TLS failures are not transient.
 */
export function networkErrorRetryable(code: string | undefined, idempotent: boolean): boolean {
  if (isTlsError(code)) return false;
  return idempotent || (code !== undefined && NOT_SENT.has(code));
}

/**
 * Whether a response status may be retried. 429 and Camunda's backpressure (`RESOURCE_EXHAUSTED` in a 503 or 500:
 * the request was rejected, not processed) may be retried for any request; other 5xx (except 501) only when the
 * request is idempotent. 401 and 403 never are: the auth middleware owns the 401 replay.
 * See https://docs.camunda.io/docs/components/zeebe/technical-concepts/internal-processing/#handling-backpressure
 */
export function statusRetryable(status: number, idempotent: boolean, resourceExhausted: boolean): boolean {
  if (status === 429) return true;
  if ((status === 503 || status === 500) && resourceExhausted) return true;
  return idempotent && status >= 500 && status !== 501;
}

/**
 * `Retry-After` in milliseconds from now: delay-seconds or an HTTP date (RFC 9110 §10.2.3). `undefined` when absent
 * or unreadable; never negative. The one parser of the SDK (the transport and `@c8rest/worker` use it).
 *
 * @example
 * parseRetryAfter(response.headers.get("retry-after"), Date.now()); // "3" -> 3000
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names a day or month; this keeps Date.parse from reading "-1" as a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Full-jitter exponential backoff before retry `retry` (1-based): a random value in
 * [0, min(maxDelayMs, baseDelayMs * 2^(retry-1))). See https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 *
 * @example
 * const waitMs = backoffMs(3, 100, 5_000, Math.random); // somewhere in [0, 400)
 */
export function backoffMs(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}
