// One deadline per call. It is made when the call starts, before any middleware runs, and everything the call does
// shares it: the token wait of an auth middleware, every attempt, the waits between them, a 401 replay and the read
// of the response body. The call's body is read once and kept here, for the retries and the replay.
import { OVER_LIMIT } from "./body-guard.js";
import type { CallBody, CallRequest } from "./call-request.js";
import { CamundaNetworkError, CamundaResponseTooLargeError, CamundaTimeoutError, errorCode, type CallDescription } from "./errors.js";

/**
 * The property of a call's `fetch` (openapi-fetch's `options.fetch` in a middleware) that holds its
 * {@link CallContext}. `Symbol.for`, so that every copy of this package agrees on it.
 */
export const CALL_CONTEXT: symbol = Symbol.for("c8rest.call");

/**
 * Marks a request that an auth middleware replays after a 401 (`request[AUTH_REPLAY] === true`): part of the call
 * it replays (no new call for the retry budget), never replayed again. `Symbol.for`, so every copy agrees on it.
 */
export const AUTH_REPLAY: symbol = Symbol.for("c8rest.auth.replay");

/** What a middleware (e.g. `@c8rest/auth`) may know of the call it runs in. */
export interface CallContext {
  /** Aborts at the call's deadline (reason: a `CamundaTimeoutError`) or when the caller's signal aborts (its reason). */
  readonly signal: AbortSignal;
  /** The call's limit in milliseconds, all attempts, waits, the replay and the body read included. */
  readonly timeoutMs: number;
  /** When the call ends at the latest, in milliseconds of `Date.now()`. */
  readonly deadline: number;
  /**
   * The request body as sent (`null`: none; `undefined`: not read yet): the bytes of a fetch Request's body, or the
   * serialized body of a {@link CallRequest} (a stream read into bytes). Read once; retries and the replay send it.
   */
  body: CallBody | null | undefined;
}

/**
 * The {@link CallContext} of the call a `fetch` belongs to: pass openapi-fetch's `options.fetch` as a middleware
 * gets it. `undefined` for a client not made by `createCamundaClient`.
 *
 * @example
 * const middleware: Middleware = {
 *   onRequest({ request, options }) {
 *     const call = callContextOf(options.fetch);
 *     if (call) request.headers.set("x-deadline", new Date(call.deadline).toISOString());
 *   },
 * };
 */
export function callContextOf(fetch: unknown): CallContext | undefined {
  return typeof fetch === "function" ? (fetch as unknown as Record<symbol, CallContext | undefined>)[CALL_CONTEXT] : undefined;
}

/** The state of one call: its deadline, the caller's signal, the body, the attempts made. */
export class Call implements CallContext {
  readonly signal: AbortSignal;
  readonly deadline: number;
  body: CallBody | null | undefined = undefined;
  timedOut = false;
  attempts = 0;
  /** Whether the call goes to an https URL (for the hints of network errors); set by the transport. */
  https = false;
  /** The response body limit of the call (see `maxResponseBytes`); set by the transport. */
  maxResponseBytes = Infinity;
  /** Path relative to `/v2`; the template until the transport sees the request. */
  path: string;
  readonly #controller = new AbortController();
  readonly #caller: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  #onCallerAbort: (() => void) | undefined;

  constructor(
    readonly method: string,
    template: string,
    readonly timeoutMs: number,
    caller: AbortSignal | null | undefined,
    now: number = Date.now(),
  ) {
    this.path = template;
    this.deadline = now + timeoutMs;
    this.signal = this.#controller.signal;
    if (caller) {
      if (caller.aborted) throw caller.reason;
      this.#caller = caller;
      caller.addEventListener("abort", (this.#onCallerAbort = () => this.#controller.abort(caller.reason)), { once: true });
    }
    if (Number.isFinite(timeoutMs)) {
      this.#timer = setTimeout(() => {
        this.timedOut = true;
        this.#controller.abort(this.timeoutError());
      }, timeoutMs);
      // A pending socket keeps the process alive; the deadline alone must not.
      this.#timer.unref?.();
    }
  }

  /** A copy of method, path and attempts, for errors and `unwrap`. */
  describe(): CallDescription {
    return { operation: `${this.method} ${this.path}`, method: this.method, path: this.path, attempts: this.attempts };
  }

  timeoutError(): CamundaTimeoutError {
    return new CamundaTimeoutError(this.describe(), this.timeoutMs);
  }

  /**
   * What a failure of this call throws: a `CamundaTimeoutError` once the deadline passed, the caller's reason once
   * the caller's signal aborted (as fetch does), a typed error for a body over its limit or cut off, else the error
   * itself.
   */
  fail(error: unknown): unknown {
    if (this.timedOut) return error instanceof CamundaTimeoutError ? error : this.timeoutError();
    if (this.#caller?.aborted) return this.#caller.reason;
    // A body read past maxResponseBytes, or cut off (a socket or zlib error) as a network error. Our own errors and
    // misuse (a body read twice, a middleware's own error) stay as they are.
    if (error === OVER_LIMIT) return new CamundaResponseTooLargeError(this.describe(), this.maxResponseBytes);
    const e = error as { code?: unknown; message?: unknown } | undefined;
    if (String(e?.code).startsWith("C8REST_") || !(errorCode(error) || e?.message === "terminated")) return error;
    return new CamundaNetworkError(this.describe(), error, "; cut off before its end", this.https, "an incomplete response body");
  }

  /** The call is over: the deadline timer and the caller's listener go. Idempotent. */
  end(): void {
    clearTimeout(this.#timer);
    if (this.#onCallerAbort) {
      this.#caller!.removeEventListener("abort", this.#onCallerAbort);
      this.#onCallerAbort = undefined;
    }
  }
}

/** A fetch bound to one call: the transport reads the call from it, so do middlewares (see {@link callContextOf}). */
export type CallFetch = (input: Request | CallRequest | string | URL, init?: RequestInit) => Promise<Response>;

