import { rememberCall } from "../call-info.js";
import { guardBody, OVER_LIMIT } from "./body-guard.js";
import { RetryBudget } from "./budget.js";
import {
  CamundaNetworkError,
  CamundaRedirectError,
  CamundaResponseTooLargeError,
  CamundaTimeoutError,
  errorCode,
  isTlsError,
  type CallDescription,
} from "./errors.js";
import {
  DEFAULT_BUDGET,
  DEFAULT_CALL_OPTIONS,
  resolveCallOptions,
  type CallOptions,
  type ResolvedCallOptions,
  type RetryBudgetOptions,
} from "./options.js";
import { backoffMs, networkErrorRetryable, parseRetryAfter, statusRetryable } from "./retry-policy.js";
import { isIdempotent, isLongPoll } from "./routes.js";
import { runtimeUserAgent } from "./user-agent.js";

/** A `fetch` as openapi-fetch calls it: a Request and, optionally, openapi-fetch's `requestInitExt`. */
export type BaseFetch = (input: Request, init?: RequestInit) => Promise<Response>;

/** Options of {@link createTransport}. */
export interface TransportOptions extends CallOptions {
  /** The fetch that sends each attempt (default: the global fetch; e.g. one from `createTlsFetch`). */
  fetch?: BaseFetch;
  /** Path of the API base URL (e.g. `/v2`); paths in errors and retry decisions are relative to it. */
  basePath?: string;
  /** The shared retry budget, or `false` for none (only `maxAttempts` then bounds retries). */
  budget?: Partial<RetryBudgetOptions> | false;
  /**
   * The `User-Agent` sent when a request has none, or `false` to send none. Default: `defaultUserAgent()` in Node,
   * none in a browser (see `runtimeUserAgent`).
   */
  userAgent?: string | false;
  /** Test hooks: the wait between attempts, the random source of the jitter, the clock. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

/** The transport: a fetch for openapi-fetch (or any caller), plus `withOptions` for a copy with other call options. */
export interface TransportFetch {
  (input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** A transport with the same base fetch and budget and these call options merged over its own. */
  withOptions(options: CallOptions): TransportFetch;
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
function sleepFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

const AUTH_REPLAY = Symbol.for("c8rest.auth.replay");
/** The redirect statuses of the Fetch standard (https://fetch.spec.whatwg.org/#redirect-status). */
const REDIRECTS = [301, 302, 303, 307, 308];

function relativePath(pathname: string, basePath: string | undefined): string {
  if (basePath && pathname.startsWith(`${basePath}/`)) return pathname.slice(basePath.length);
  const i = pathname.indexOf("/v2/");
  return i >= 0 ? pathname.slice(i + 3) : pathname;
}

/** Reads up to 16 KiB of a copy of the body and looks for Camunda's backpressure marker. */
async function isResourceExhausted(response: Response): Promise<boolean> {
  const reader = response.clone().body?.getReader();
  if (!reader) return false;
  let text = "";
  const decoder = new TextDecoder();
  try {
    while (text.length < 16_384) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  return text.includes("RESOURCE_EXHAUSTED");
}

/** Resolves as `promise`, or rejects with the signal's reason when it aborts first. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

/** A long-polling call may last its body's `requestTimeout` plus a margin. */
async function longPollTimeout(payload: ArrayBuffer | undefined, call: ResolvedCallOptions): Promise<number> {
  const body = (await new Response(payload).json().catch(() => undefined)) as { requestTimeout?: unknown } | undefined;
  const held = Number(body?.requestTimeout);
  return held > 0 ? Math.min(2_147_483_647, Math.max(call.timeoutMs, held + call.longPollMarginMs)) : call.timeoutMs;
}

/**
 * Creates the transport `createCamundaClient` passes to openapi-fetch: a fetch that gives each call a timeout
 * (covering attempts, waits and the body read) combined with the request's `AbortSignal`, retries what is safe to
 * retry (see the package README) with full-jitter backoff and `Retry-After` (RFC 9110 §10.2.3) under a shared
 * budget, sends a `User-Agent`, never follows a redirect ({@link CamundaRedirectError}), bounds the response body
 * (`maxResponseBytes`, {@link CamundaResponseTooLargeError}), and throws {@link CamundaTimeoutError} /
 * {@link CamundaNetworkError} (also for a body cut off).
 * Never retries 401 or 403: the auth middleware's one replay on 401 runs through this transport as a new call.
 *
 * @example
 * const transport = createTransport({ timeoutMs: 10_000, retry: { maxAttempts: 5 } });
 * const client = createClient<paths>({ baseUrl: "http://localhost:8080/v2", fetch: transport });
 */
export function createTransport(options: TransportOptions = {}): TransportFetch {
  // Without an injected fetch, each attempt goes to the global fetch as (request, { signal }): one Request fewer.
  const baseFetch = options.fetch;
  const budget = options.budget === false ? undefined : new RetryBudget({ ...DEFAULT_BUDGET, ...options.budget });
  const userAgent = options.userAgent === false ? undefined : (options.userAgent ?? runtimeUserAgent());
  const sleep = options.sleep ?? sleepFor;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  async function send(call: ResolvedCallOptions, input: Request | string | URL, ext?: RequestInit): Promise<Response> {
    // openapi-fetch passes a Request and its `requestInitExt` (e.g. a dispatcher); a plain (url, init) call is
    // turned into a Request once, so that its init is not applied twice.
    const request = input instanceof Request ? input : new Request(input, ext);
    if (!(input instanceof Request)) ext = undefined;
    const method = request.method;
    const path = relativePath(new URL(request.url).pathname, options.basePath);
    const desc = { operation: `${method} ${path}`, method, path, attempts: 0 };
    const snapshot = (): CallDescription => ({ ...desc });
    const idempotent = isIdempotent(method, path);
    // The body is read once and every attempt sends it from memory: cheaper than a clone() (a tee) per attempt, and
    // the Request given to fetch then needs no pipe through a TransformStream either.
    const hasBody = request.body !== null;
    let payload: ArrayBuffer | undefined;
    let timeoutMs = call.timeoutMs;
    if (isLongPoll(method, path)) {
      if (hasBody) payload = await request.arrayBuffer();
      timeoutMs = await longPollTimeout(payload, call);
    }
    const { maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs } = call.retry;

    const userSignal = request.signal;
    if (userSignal.aborted) throw userSignal.reason;
    const controller = new AbortController();
    const onUserAbort = () => controller.abort(userSignal.reason);
    userSignal.addEventListener("abort", onUserAbort, { once: true });
    let timedOut = false;
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new CamundaTimeoutError(snapshot(), timeoutMs));
        }, timeoutMs)
      : undefined;
    // The socket of a pending request keeps the process alive; the timer alone must not.
    timer?.unref?.();
    const done = () => {
      clearTimeout(timer);
      userSignal.removeEventListener("abort", onUserAbort);
    };
    const mapError = (error: unknown) => (timedOut ? new CamundaTimeoutError(snapshot(), timeoutMs) : error);
    // A failed body read: the limit, or a body cut off (a socket or zlib error) as a network error. Our own errors,
    // the caller's abort and misuse (a body read twice) stay as they are.
    const mapBodyError = (error: unknown) => {
      if (timedOut || userSignal.aborted) return mapError(error);
      if (error === OVER_LIMIT) return new CamundaResponseTooLargeError(snapshot(), call.maxResponseBytes);
      const e = error as { code?: unknown; message?: unknown } | undefined;
      if (String(e?.code).startsWith("C8REST_") || !(errorCode(error) || e?.message === "terminated")) return error;
      return new CamundaNetworkError(snapshot(), error, "; cut off before its end", request.url.startsWith("https:"), "an incomplete response body");
    };
    const started = now();
    // The auth middleware's 401 replay (marked by @c8rest/auth) is part of the same call, not a new one.
    if (!(request as unknown as Record<symbol, unknown>)[AUTH_REPLAY]) budget?.onCall();
    /** Whether a retry after `ms` fits the deadline and the budget; `""` or the reason it does not. */
    const mayRetryAfter = (ms: number): string => {
      if (desc.attempts >= maxAttempts) return `; retry.maxAttempts reached`;
      if (now() - started + ms >= timeoutMs) return `; no time left to retry`;
      if (budget && !budget.tryRetry()) return "; retry budget spent";
      return "";
    };

    // Set once on the call's request (not per attempt); every attempt copies its headers.
    if (userAgent && !request.headers.has("user-agent")) request.headers.set("user-agent", userAgent);
    const signal = controller.signal;

    try {
      // Covered by the timeout: a body given as a stream might stall.
      if (hasBody && !payload) payload = await abortable(request.arrayBuffer(), signal);
      // Redirects are never followed (see CamundaRedirectError); "manual" gives the 3xx response itself.
      const own: RequestInit = payload ? { signal, redirect: "manual", body: payload } : { signal, redirect: "manual" };
      const init = ext ? { ...ext, ...own } : own;
      for (;;) {
        desc.attempts++;
        const last = desc.attempts >= maxAttempts;
        let response: Response;
        try {
          response = await (baseFetch ? baseFetch(new Request(request, own), ext) : globalThis.fetch(request, init));
        } catch (error) {
          if (timedOut) throw mapError(error);
          if (userSignal.aborted) throw userSignal.reason;
          const code = errorCode(error);
          const delay = backoffMs(desc.attempts, baseDelayMs, maxDelayMs, random);
          const retryable = networkErrorRetryable(code, idempotent);
          // A TLS failure is not retried either; its hint says what to fix.
          const why = retryable
            ? mayRetryAfter(delay)
            : idempotent || isTlsError(code)
              ? ""
              : "; not retried: not idempotent, and the request may have reached the server";
          if (retryable && why === "") {
            await sleep(delay, controller.signal);
            continue;
          }
          throw new CamundaNetworkError(snapshot(), error, why, request.url.startsWith("https:"));
        }
        const status = response.status;
        if (REDIRECTS.includes(status) || response.type === "opaqueredirect") {
          await response.body?.cancel().catch(() => {});
          throw new CamundaRedirectError(snapshot(), status, response.headers.get("location"), request.url);
        }
        if (!last && status >= 429 && status !== 501) {
          const exhausted = !idempotent && (status === 503 || status === 500) && (await isResourceExhausted(response));
          if (statusRetryable(status, idempotent, exhausted)) {
            const retryAfter = parseRetryAfter(response.headers.get("retry-after"), Date.now());
            const delay = Math.max(retryAfter ?? 0, backoffMs(desc.attempts, baseDelayMs, maxDelayMs, random));
            if ((retryAfter === undefined || retryAfter <= maxRetryAfterMs) && mayRetryAfter(delay) === "") {
              await response.body?.cancel().catch(() => {});
              await sleep(delay, controller.signal);
              continue;
            }
          }
        }
        const out = guardBody(response, done, mapBodyError, call.maxResponseBytes);
        rememberCall(out, snapshot(), request.headers.get("authorization"));
        return out;
      }
    } catch (error) {
      done();
      throw mapError(error);
    }
  }

  function make(call: ResolvedCallOptions): TransportFetch {
    const transport = ((input: Request | string | URL, init?: RequestInit) => send(call, input, init)) as TransportFetch;
    transport.withOptions = (over) => make(resolveCallOptions(call, over));
    return transport;
  }
  return make(resolveCallOptions(DEFAULT_CALL_OPTIONS, options));
}
