import { backoffMs, parseRetryAfter, DEFAULT_RETRY, sleep as waitFor } from "@c8rest/client";

/** Backoff settings of the worker's retries (activation after a failure, settling calls). */
export interface BackoffOptions {
  /** First wait (its upper bound); doubled after each consecutive failure. Default 250 ms. */
  baseDelayMs: number;
  /** Cap of one wait. Default 5 s. */
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffOptions> = { baseDelayMs: 250, maxDelayMs: 5_000 };

/**
 * Wait before retry `failures` (1-based): exponential with "equal jitter", a random value in [c/2, c) where
 * c = min(maxDelayMs, baseDelayMs * 2^(failures-1)). Built on the client's full-jitter `backoffMs` (the one
 * implementation of backoff in the SDK); the floor of c/2 keeps a failing cluster from ever seeing a tight loop.
 * When the server sent `Retry-After` (RFC 9110 §10.2.3), the wait is at least that (up to the client's
 * `DEFAULT_RETRY.maxRetryAfterMs`).
 */
export function retryDelayMs(failures: number, options: BackoffOptions, random: () => number, retryAfterMs?: number): number {
  const ceiling = backoffMs(failures, options.baseDelayMs, options.maxDelayMs, () => 1);
  const jittered = Math.floor(ceiling / 2 + backoffMs(failures, options.baseDelayMs, options.maxDelayMs, random) / 2);
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, DEFAULT_RETRY.maxRetryAfterMs));
}

/** `Retry-After` of a response in milliseconds, when it has one. */
export function retryAfterOf(response: Response | undefined): number | undefined {
  return response ? parseRetryAfter(response.headers.get("retry-after"), Date.now()) : undefined;
}

/** Waits `ms`; resolves early (never rejects) when `signal` aborts. The client's `sleep`, its abort swallowed. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return waitFor(ms, signal).catch(() => {});
}
