import { rememberCall } from "../call-info.js";
import { countsBody, guardBody } from "./body-guard.js";
import { RetryBudget } from "./budget.js";
import { sleep, MAX_TIMER_MS } from "../sleep.js";
import { AUTH_REPLAY, Call, CALL_CONTEXT, type CallFetch } from "./call-context.js";
import { isCallRequest, type CallBody, type CallRequest } from "./call-request.js";
import { CamundaNetworkError, CamundaRedirectError, errorCode, isTlsError } from "./errors.js";
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
  /**
   * Starts a call of `method` on the path template `path`: its deadline (from now, combined with `start.signal`) and
   * its fetch, bound to the call, for openapi-fetch to send every request of the call with (the 401 replay too).
   * What `createCamundaClient` does for each call before any middleware runs.
   * @throws the caller's signal's reason when it has aborted already.
   */
  begin(method: string, path: string, start?: CallStart): CallFetch;
}

/** The redirect statuses of the Fetch standard (https://fetch.spec.whatwg.org/#redirect-status). */
const REDIRECTS = [301, 302, 303, 307, 308];

/** The path of a serialized URL (`Request.url`): from the first `/` after the authority to the query or fragment. */
function pathnameOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start < 0) return "/";
  const q = url.indexOf("?", start);
  const h = url.indexOf("#", start);
  const end = q < 0 ? h : h < 0 ? q : Math.min(q, h);
  return end < 0 ? url.slice(start) : url.slice(start, end);
}

/**
 * The body of a request, read once: a fetch Request's bytes; a CallRequest's string or ArrayBuffer as it is, any
 * other body (FormData, Blob, URLSearchParams, a stream) as its bytes, with the Content-Type fetch would give it
 * (a FormData's boundary) unless the request has one, so that every attempt sends the same bytes.
 */
function readOnce(request: Request | CallRequest): Promise<CallBody> | CallBody {
  if (!isCallRequest(request)) return request.arrayBuffer();
  const body = request.body!;
  if (typeof body === "string" || body instanceof ArrayBuffer) return body;
  const bytes = new Response(body as RequestInit["body"]);
  const type = bytes.headers.get("content-type");
  if (type && !request.headers.has("content-type")) request.headers.set("content-type", type);
  return bytes.arrayBuffer();
}

function relativePath(pathname: string, basePath: string | undefined): string {
  if (basePath && pathname.startsWith(`${basePath}/`)) return pathname.slice(basePath.length);
  const i = pathname.indexOf("/v2/");
  return i >= 0 ? pathname.slice(i + 3) : pathname;
}

/** Whether a retry after `ms` fits the attempts, the time left and the budget: `""`, or the reason it does not. */
function whyNoRetry(attempts: number, maxAttempts: number, ms: number, left: number, budget: RetryBudget | undefined): string {
  if (attempts >= maxAttempts) return `; retry.maxAttempts reached`;
  if (ms >= left) return `; no time left to retry`;
  if (budget && !budget.tryRetry()) return "; retry budget spent";
  return "";
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
function longPollTimeout(requestTimeout: unknown, call: ResolvedCallOptions): number {
  const held = Number(requestTimeout);
  return held > 0 ? Math.min(MAX_TIMER_MS, Math.max(call.timeoutMs, held + call.longPollMarginMs)) : call.timeoutMs;
}

/** `requestTimeout` of a call's JSON body: an object (as given to openapi-fetch), JSON text or bytes. */
function requestTimeoutOf(body: unknown): unknown {
  try {
    if (body instanceof ArrayBuffer) body = new TextDecoder().decode(body);
    if (typeof body === "string") body = JSON.parse(body);
    return (body as { requestTimeout?: unknown } | null | undefined)?.requestTimeout;
  } catch {
    return undefined;
  }
}

/** What {@link TransportFetch.begin} needs of a call's options: the caller's signal and the body. */
export interface CallStart {
  signal?: AbortSignal | null | undefined;
  body?: unknown;
}

/**
 * Creates the transport `createCamundaClient` passes to openapi-fetch: a fetch that gives each call a timeout
 * (covering attempts, waits and the body read) combined with the request's `AbortSignal`, retries what is safe to
 * retry (see the package README) with full-jitter backoff and `Retry-After` (RFC 9110 §10.2.3) under a shared
 * budget, sends a `User-Agent`, never follows a redirect ({@link CamundaRedirectError}), bounds the response body
 * (`maxResponseBytes`, `CamundaResponseTooLargeError`), and throws `CamundaTimeoutError` /
 * {@link CamundaNetworkError} (also for a body cut off).
 * Never retries 401 or 403: an auth middleware's one replay on 401 runs through the call's fetch, under the same
 * deadline and with the body already read. `createCamundaClient` starts each call with `begin` before any
 * middleware runs; a call that comes without (plain openapi-fetch) gets its deadline here.
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
  const wait = options.sleep ?? sleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  async function send(call: ResolvedCallOptions, input: Request | CallRequest | string | URL, ext: RequestInit | undefined, bound: Call | undefined): Promise<Response> {
    // openapi-fetch passes a Request (or a CallRequest, see call-request.ts) and its `requestInitExt` (e.g. a
    // dispatcher); a plain (url, init) call is turned into a Request once, so that its init is not applied twice.
    const plain = isCallRequest(input) ? input : undefined;
    const request: Request | CallRequest = plain ?? (input instanceof Request ? input : new Request(input as string | URL, ext));
    if (!plain && !(input instanceof Request)) ext = undefined;
    const method = request.method;
    const path = relativePath(pathnameOf(request.url), options.basePath);
    const hasBody = request.body !== null;
    let c: Call;
    if (bound) {
      c = bound;
      c.path = path;
    } else {
      // A call from plain openapi-fetch (or any caller): its deadline starts here. A long-polling call's limit needs
      // the body's requestTimeout, read before the deadline starts.
      let payload: ArrayBuffer | undefined;
      let timeoutMs = call.timeoutMs;
      if (isLongPoll(method, path)) {
        if (hasBody) payload = await (request as Request).arrayBuffer();
        timeoutMs = longPollTimeout(requestTimeoutOf(payload), call);
      }
      c = new Call(method, path, timeoutMs, request.signal, now());
      if (payload) c.body = payload;
      // An auth middleware's 401 replay (marked AUTH_REPLAY) is part of the call it replays, not a new one.
      if (!(request as unknown as Record<symbol, unknown>)[AUTH_REPLAY]) budget?.onCall();
    }
    c.https = request.url.startsWith("https:");
    c.maxResponseBytes = call.maxResponseBytes;
    const idempotent = isIdempotent(method, path);
    const { maxAttempts, baseDelayMs, maxDelayMs, maxRetryAfterMs } = call.retry;
    // Attempts of this request; a replay has its own maxAttempts (the call's `attempts` counts them all).
    let attempts = 0;

    // Set once on the call's request (not per attempt); every attempt copies its headers.
    if (userAgent && !request.headers.has("user-agent")) request.headers.set("user-agent", userAgent);
    const signal = c.signal;

    try {
      // Read once per call, under its deadline (a body given as a stream might stall); every attempt and a replay
      // send it from memory: cheaper than a clone() (a tee) per attempt. A CallRequest's body is sent as it is.
      if (c.body === undefined) {
        const read = hasBody ? readOnce(request) : null;
        c.body = read instanceof Promise ? await abortable(read, signal) : read;
      }
      const payload = c.body;
      // Redirects are never followed (see CamundaRedirectError); "manual" gives the 3xx response itself.
      const body = payload as RequestInit["body"];
      const own: RequestInit = plain
        ? plain.extras
          ? { ...plain.init, method, headers: plain.headers, body, signal, redirect: "manual" }
          : { method, headers: plain.headers, body, signal, redirect: "manual" }
        : payload
          ? { signal, redirect: "manual", body }
          : { signal, redirect: "manual" };
      const init = ext ? { ...ext, ...own } : own;
      // A CallRequest is sent as (url, init): the one fetch Request of the attempt is the one fetch makes.
      const target = plain ? plain.url : (request as Request);
      for (;;) {
        attempts++;
        c.attempts++;
        const last = attempts >= maxAttempts;
        let response: Response;
        try {
          response = await (baseFetch ? baseFetch(new Request(target, own), ext) : globalThis.fetch(target, init));
        } catch (error) {
          if (signal.aborted) throw error;
          const code = errorCode(error);
          const delay = backoffMs(attempts, baseDelayMs, maxDelayMs, random);
          const retryable = networkErrorRetryable(code, idempotent);
          // A TLS failure is not retried either; its hint says what to fix.
          const why = retryable
            ? whyNoRetry(attempts, maxAttempts, delay, c.deadline - now(), budget)
            : idempotent || isTlsError(code)
              ? ""
              : "; not retried: not idempotent, and the request may have reached the server";
          if (retryable && why === "") {
            await wait(delay, signal);
            continue;
          }
          throw new CamundaNetworkError(c.describe(), error, why, c.https);
        }
        const status = response.status;
        if (REDIRECTS.includes(status) || response.type === "opaqueredirect") {
          await response.body?.cancel().catch(() => {});
          throw new CamundaRedirectError(c.describe(), status, response.headers.get("location"), request.url);
        }
        if (!last && status >= 429 && status !== 501) {
          const exhausted = !idempotent && (status === 503 || status === 500) && (await isResourceExhausted(response));
          if (statusRetryable(status, idempotent, exhausted)) {
            const retryAfter = parseRetryAfter(response.headers.get("retry-after"), Date.now());
            const delay = Math.max(retryAfter ?? 0, backoffMs(attempts, baseDelayMs, maxDelayMs, random));
            if ((retryAfter === undefined || retryAfter <= maxRetryAfterMs) && whyNoRetry(attempts, maxAttempts, delay, c.deadline - now(), budget) === "") {
              await response.body?.cancel().catch(() => {});
              await wait(delay, signal);
              continue;
            }
          }
        }
        // A bound call ends when createCamundaClient has read the body (a body that must be counted against
        // maxResponseBytes is guarded all the same); an unbound one ends when its body is read.
        const out = bound
          ? countsBody(response, call.maxResponseBytes)
            ? guardBody(response, () => {}, (e) => c.fail(e), call.maxResponseBytes)
            : response
          : guardBody(response, () => c.end(), (e) => c.fail(e), call.maxResponseBytes);
        rememberCall(out, c.describe(), request.headers.get("authorization"));
        return out;
      }
    } catch (error) {
      if (!bound) c.end();
      throw c.fail(error);
    }
  }

  function make(call: ResolvedCallOptions): TransportFetch {
    const transport = ((input: Request | string | URL, init?: RequestInit) => send(call, input, init, undefined)) as TransportFetch;
    transport.withOptions = (over) => make(resolveCallOptions(call, over));
    transport.begin = (method, template, start) => {
      const timeoutMs = isLongPoll(method, template) ? longPollTimeout(requestTimeoutOf(start?.body), call) : call.timeoutMs;
      const c = new Call(method, template, timeoutMs, start?.signal, now());
      budget?.onCall();
      const fetch = (input: Request | CallRequest | string | URL, init?: RequestInit) => send(call, input, init, c);
      (fetch as unknown as Record<symbol, Call>)[CALL_CONTEXT] = c;
      return fetch;
    };
    return transport;
  }
  return make(resolveCallOptions(DEFAULT_CALL_OPTIONS, options));
}
