import { CamundaConfigError } from "../errors.js";
import { MAX_TIMER_MS } from "../sleep.js";

/** How failed attempts are retried. Every field has a default; see {@link DEFAULT_RETRY}. */
export interface RetryOptions {
  /** Attempts in all, the first one included (1 = never retry). */
  maxAttempts: number;
  /** Backoff before retry n is a random value in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))] ("full jitter"). */
  baseDelayMs: number;
  /** Upper bound of one backoff wait. */
  maxDelayMs: number;
  /**
   * Longest `Retry-After` (seconds or HTTP date, RFC 9110 §10.2.3) that is waited for. A longer one is not cut short:
   * the call ends with that response, so the caller can wait as the server asks.
   */
  maxRetryAfterMs: number;
}

/**
 * A retry budget shared by all calls of one client (a token bucket): it starts with `reserve` tokens, each call adds
 * `ratio` tokens (up to `reserve`), each retry takes one. When a cluster fails every request, retries stay below
 * `ratio` of the calls plus `reserve`, so the client never multiplies the load of a struggling cluster.
 */
export interface RetryBudgetOptions {
  ratio: number;
  reserve: number;
}

/** Transport settings of a client; all of them except `budget` can be changed per call with `withCallOptions`. */
export interface CallOptions {
  /**
   * Limit of one call in milliseconds: all attempts, the waits between them and the read of the response body.
   * `Infinity` disables it. A long-polling call (`POST /jobs/activation`, `POST /process-instances` awaiting the
   * result) gets at least its body's `requestTimeout` plus `longPollMarginMs`.
   */
  timeoutMs?: number;
  /** Extra time allowed beyond a long-polling request's own `requestTimeout`. */
  longPollMarginMs?: number;
  /** Retry settings, or `false` to send every request once. */
  retry?: Partial<RetryOptions> | false;
  /**
   * Largest response body read, in bytes, counted after decompression (Node's fetch inflates gzip, br and deflate
   * itself): a larger body ends the call with a `CamundaResponseTooLargeError`. Default 64 MiB; `Infinity` disables it.
   */
  maxResponseBytes?: number;
}

/** Defaults of the transport: 30 s per call, 3 attempts, 100 ms base backoff up to 5 s, `Retry-After` up to 30 s. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_LONG_POLL_MARGIN_MS = 10_000;
export const DEFAULT_RETRY: Readonly<RetryOptions> = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 5_000, maxRetryAfterMs: 30_000 };
export const DEFAULT_BUDGET: Readonly<RetryBudgetOptions> = { ratio: 0.2, reserve: 10 };
/** Default {@link CallOptions.maxResponseBytes}: 64 MiB, room for the largest search pages. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;


/** The effective settings of one call. */
export interface ResolvedCallOptions {
  timeoutMs: number;
  longPollMarginMs: number;
  retry: RetryOptions;
  maxResponseBytes: number;
}

function check(option: string, value: unknown, min: number, max = MAX_TIMER_MS, infinite = false): void {
  if (!(typeof value === "number" && value >= min && (value <= max || (infinite && value === Infinity)))) {
    throw new CamundaConfigError(option, `${option} must be a number from ${min} to ${max}, got ${String(value)}.`);
  }
}

/**
 * Merges call options over a base and validates them.
 * @throws {CamundaConfigError} naming the option when a value is out of range.
 */
export function resolveCallOptions(base: ResolvedCallOptions, over: CallOptions | undefined): ResolvedCallOptions {
  if (!over) return base;
  const retry = over.retry === false ? { ...base.retry, maxAttempts: 1 } : { ...base.retry, ...over.retry };
  const out = {
    timeoutMs: over.timeoutMs ?? base.timeoutMs,
    longPollMarginMs: over.longPollMarginMs ?? base.longPollMarginMs,
    retry,
    maxResponseBytes: over.maxResponseBytes ?? base.maxResponseBytes,
  };
  check("timeoutMs", out.timeoutMs, 1, MAX_TIMER_MS, true);
  check("maxResponseBytes", out.maxResponseBytes, 1, Number.MAX_SAFE_INTEGER, true);
  check("longPollMarginMs", out.longPollMarginMs, 0);
  for (const [key, value] of Object.entries(retry)) check(`retry.${key}`, value, key === "maxAttempts" ? 1 : 0);
  return out;
}

/** The defaults as resolved options. */
export const DEFAULT_CALL_OPTIONS: ResolvedCallOptions = {
  timeoutMs: DEFAULT_TIMEOUT_MS,
  longPollMarginMs: DEFAULT_LONG_POLL_MARGIN_MS,
  retry: { ...DEFAULT_RETRY },
  maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
};
