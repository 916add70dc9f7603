// Backoff with jitter and Retry-After parsing for token requests (docs/auth-faults.md #1, #3, #4).

/**
 * Milliseconds to wait from a `Retry-After` header (RFC 9110 §10.2.3: delay-seconds or an HTTP date), capped at
 * `capMs`; undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number, capMs: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  let ms: number;
  if (/^\d+$/.test(v)) ms = Number(v) * 1000;
  else {
    const at = Date.parse(v);
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.min(Math.max(ms, 0), capMs);
}

/** "Full jitter" exponential backoff: a random delay in [base/2, min(cap, base * 2^attempt)]. */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  const floor = Math.min(baseMs / 2, ceiling);
  return Math.round(floor + random() * (ceiling - floor));
}
