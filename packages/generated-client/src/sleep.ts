/** Node fires a timer of more than 2^31-1 ms at once, so no wait may be longer. */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * Waits `ms` milliseconds (at most {@link MAX_TIMER_MS}), or rejects with the signal's reason when it aborts first.
 * The timer keeps the process alive: someone waits for it.
 *
 * @example
 * await sleep(250, AbortSignal.timeout(1_000));
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.min(Math.max(0, ms), MAX_TIMER_MS));
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
