import { parseRetryAfter } from "./transport/retry-policy.js";
import { sentAuthorization } from "./call-info.js";
import { excerpt, secretsOfAuthorization } from "./redact.js";
import { sleep as sleepFor } from "./sleep.js";

/** Stable code of {@link CamundaWaitTimeoutError}: the condition did not hold within the time allowed. */
export const WAIT_TIMEOUT_ERROR_CODE = "C8REST_WAIT_TIMEOUT" as const;

/** Options of {@link waitFor}. */
export interface WaitForOptions {
  /** Give up after this many milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Wait between calls (default 500 ms); a `Retry-After` on the last response is honoured instead when longer. */
  intervalMs?: number;
  /** Ends the wait with the signal's reason. */
  signal?: AbortSignal;
  /** Test hook: the wait between calls. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** What `waitFor` polls: an openapi-fetch result (or anything with its `response`). */
export interface Polled {
  data?: unknown;
  error?: unknown;
  response?: Response;
}

function describe(result: Polled | undefined): string {
  if (!result) return "no result";
  const status = result.response ? `HTTP ${result.response.status}` : "a result";
  const body = result.error ?? result.data;
  const secrets = result.response ? secretsOfAuthorization(sentAuthorization(result.response)) : [];
  return body === undefined ? status : `${status} ${excerpt(typeof body === "string" ? body : JSON.stringify(body), 200, secrets)}`;
}

/**
 * Thrown by {@link waitFor} when the predicate did not hold in time. `lastResult` is the last call's result
 * (not enumerable, so logs stay short); the message shows its status and a short excerpt of its body.
 *
 * @example
 * try {
 *   await waitFor(() => client.GET("/topology"), (r) => r.data?.clusterSize === 3, { timeoutMs: 5_000 });
 * } catch (e) {
 *   if (e instanceof CamundaWaitTimeoutError) console.error(e.calls, e.lastResult?.response?.status);
 * }
 */
export class CamundaWaitTimeoutError<R extends Polled = Polled> extends Error {
  override readonly name = "CamundaWaitTimeoutError";
  readonly code = WAIT_TIMEOUT_ERROR_CODE;
  readonly timeoutMs: number;
  /** Calls made. */
  readonly calls: number;
  declare readonly lastResult: R | undefined;

  constructor(timeoutMs: number, calls: number, lastResult: R | undefined) {
    super(`waitFor gave up after ${timeoutMs} ms and ${calls} call(s); the last result was ${describe(lastResult)}. Raise timeoutMs if the cluster is slow to index.`);
    this.timeoutMs = timeoutMs;
    this.calls = calls;
    Object.defineProperty(this, "lastResult", { value: lastResult, enumerable: false });
  }
}

/**
 * Runs `call` with a signal that aborts at `ms` (with `timeout()`) or with `signal`; settles then at once, whether
 * or not `call` heeds its signal (a late result or error of `call` is dropped).
 */
function untilDeadline<R>(call: (signal: AbortSignal) => Promise<R>, ms: number, signal: AbortSignal | undefined, timeout: () => Error): Promise<R> {
  const controller = new AbortController();
  return new Promise<R>((resolve, reject) => {
    const stop = (reason: unknown) => {
      reject(reason);
      controller.abort(reason);
    };
    const onAbort = () => stop(signal?.reason);
    const timer = setTimeout(() => stop(timeout()), Math.max(0, ms));
    signal?.addEventListener("abort", onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    Promise.resolve()
      .then(() => call(controller.signal))
      .then(
        (result) => (settle(), resolve(result)),
        (error: unknown) => (settle(), reject(error)),
      );
  });
}

/**
 * Calls `call` until `predicate` holds for its result, for reads that lag behind writes (the spec's
 * `x-eventually-consistent` operations: searches and reads of secondary storage). Between calls it waits
 * `intervalMs`, or the response's `Retry-After` (RFC 9110 §10.2.3) when that is longer. A thrown error (timeout,
 * network) ends the wait at once. Returns the first result the predicate accepts. `timeoutMs` also bounds a call in
 * flight: `call` gets a signal that aborts at the deadline (pass it on, as below, so the request is aborted too), and
 * the wait ends then with a {@link CamundaWaitTimeoutError} even if `call` ignores it.
 * See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-data-fetching/
 *
 * @throws {CamundaWaitTimeoutError} when `timeoutMs` passes first; it holds the last result.
 * @example
 * const { data } = await waitFor(
 *   (signal) => client.POST("/process-instances/search", { body: { filter: { processInstanceKey: key } }, signal }),
 *   (r) => (r.data?.items.length ?? 0) > 0,
 *   { timeoutMs: 10_000 },
 * );
 */
export async function waitFor<R extends Polled>(
  call: (signal: AbortSignal) => Promise<R>,
  predicate: (result: R) => boolean,
  options: WaitForOptions = {},
): Promise<R> {
  const { timeoutMs = 10_000, intervalMs = 500, signal, sleep = sleepFor } = options;
  const deadline = Date.now() + timeoutMs;
  let last: R | undefined;
  for (let calls = 1; ; calls++) {
    if (signal?.aborted) throw signal.reason;
    const previous = last;
    last = await untilDeadline(call, deadline - Date.now(), signal, () => new CamundaWaitTimeoutError(timeoutMs, calls, previous));
    if (predicate(last)) return last;
    const retryAfter = parseRetryAfter(last.response?.headers.get("retry-after") ?? null, Date.now()) ?? 0;
    const wait = Math.max(intervalMs, retryAfter);
    if (Date.now() + wait >= deadline) throw new CamundaWaitTimeoutError(timeoutMs, calls, last);
    await sleep(wait, signal);
  }
}
