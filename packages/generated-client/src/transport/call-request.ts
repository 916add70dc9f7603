// The request object of a call when every middleware of the client is one of ours: openapi-fetch builds it (its
// `Request` option) and the middleware sees it, but no fetch `Request` is made until the transport sends the one
// attempt with `fetch(url, init)`. A fetch Request per call, copied into the Request fetch makes, was a third of the
// client's overhead on a POST (BENCHMARKS.md, request overhead); this one is a few fields.
import type { Middleware } from "openapi-fetch";

/** What a call's body may be once serialized: re-sendable as it is (a stream is read once by the transport). */
export type CallBody = string | ArrayBuffer | ArrayBufferView | Blob | FormData | URLSearchParams | ReadableStream<Uint8Array>;

/**
 * Marks a middleware that takes a {@link CallRequest} for the fetch `Request` openapi-fetch gives it: it reads only
 * `url`, `method`, `headers` (and may set them), `body !== null` and `signal`, and copies the request with
 * `clone()` (as `@c8rest/auth` does). A client whose middlewares are all marked builds no fetch Request before
 * the transport's; one unmarked middleware and every call gets fetch Requests, as with openapi-fetch alone.
 * `Symbol.for`, so that every copy of this package agrees on it.
 */
export const CALL_REQUEST_MIDDLEWARE: unique symbol = Symbol.for("c8rest.middleware.callRequest");

/**
 * An openapi-fetch middleware marked {@link CALL_REQUEST_MIDDLEWARE}.
 *
 * @example
 * const source: CallRequestMiddleware = {
 *   [CALL_REQUEST_MIDDLEWARE]: true,
 *   onRequest({ request }) {
 *     request.headers.set("x-request-source", "billing-service");
 *   },
 * };
 */
export type CallRequestMiddleware = Middleware & { readonly [CALL_REQUEST_MIDDLEWARE]: true };

const IS_CALL_REQUEST = Symbol.for("c8rest.callRequest");
// The methods the Fetch standard normalizes to upper case (https://fetch.spec.whatwg.org/#concept-method-normalize).
// The RequestInit members every attempt of the transport sets itself.
const OWN = new Set(["method", "headers", "body", "signal", "redirect"]);
const NORMALIZED = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);

/**
 * The request of a call for middleware marked {@link CALL_REQUEST_MIDDLEWARE}: `url` (parsed and serialized, as a
 * fetch Request has it), `method`, `headers` (a `Headers`), `body` (the serialized body itself, or `null`), `signal`
 * (the caller's, if any) and `init` (everything else openapi-fetch asked for: credentials, cache, ...).
 * `instanceof CallRequest` is also true of a fetch Request, so that openapi-fetch accepts either from a middleware.
 */
export class CallRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: CallBody | null;
  /** The RequestInit openapi-fetch built, for the options a fetch Request would keep (`credentials`, `cache`, ...). */
  readonly init: RequestInit;
  /** Whether `init` has options besides method, headers, body, signal and redirect (which each attempt sets). */
  readonly extras: boolean;

  constructor(input: string | URL, init: RequestInit = {}) {
    // The URL parser's serialization, as `Request.url` (an invalid URL throws its TypeError, as `new Request` does).
    this.url = new URL(input).href;
    const method = init.method ?? "GET";
    const upper = method.toUpperCase();
    this.method = NORMALIZED.has(upper) ? upper : method;
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = (init.body as CallBody | null | undefined) ?? null;
    if (this.body !== null && (this.method === "GET" || this.method === "HEAD")) {
      throw new TypeError("Request with GET/HEAD method cannot have body.");
    }
    this.init = init;
    let extras = false;
    for (const key in init) if (!OWN.has(key)) extras = true;
    this.extras = extras;
  }

  /** The caller's signal, or one that never aborts (a fetch Request always has one). */
  get signal(): AbortSignal {
    return this.init.signal ?? (this.init.signal = new AbortController().signal);
  }

  /** A copy with its own headers and the same body (re-sendable), other properties kept. */
  clone(): CallRequest {
    const copy = Object.assign(Object.create(CallRequest.prototype) as CallRequest, this);
    (copy as { headers: Headers }).headers = new Headers(this.headers);
    return copy;
  }

  /** Whether `value` is a CallRequest or a fetch Request (openapi-fetch checks middleware results with it). */
  static [Symbol.hasInstance](value: unknown): boolean {
    return isCallRequest(value) || (typeof Request === "function" && value instanceof Request);
  }
}
Object.defineProperty(CallRequest.prototype, IS_CALL_REQUEST, { value: true });

/**
 * Whether `request` is a {@link CallRequest} (not a fetch Request): a middleware that copies requests uses
 * `request.clone()` for one, as its body is not a stream.
 *
 * @example
 * const again = isCallRequest(request) ? request.clone() : new Request(request);
 */
export function isCallRequest(request: unknown): request is CallRequest {
  return typeof request === "object" && request !== null && (request as Record<symbol, unknown>)[IS_CALL_REQUEST] === true;
}

/** Whether a middleware is marked {@link CALL_REQUEST_MIDDLEWARE}. */
export function takesCallRequest(middleware: unknown): boolean {
  // openapi-fetch skips empty entries.
  if (!middleware) return true;
  return typeof middleware === "object" && middleware !== null && (middleware as Record<symbol, unknown>)[CALL_REQUEST_MIDDLEWARE] === true;
}

/** Which request object a client's calls get: {@link CallRequest} while every middleware takes one. */
export interface RequestKind {
  /** Whether a call with these per-call middlewares (openapi-fetch's `middleware` option) may use CallRequest. */
  callRequest(perCall?: readonly unknown[]): boolean;
}

/**
 * Follows the middlewares registered on an openapi-fetch client (its `use` and `eject`, wrapped here) and tells
 * whether all of them take a {@link CallRequest}.
 */
export function trackRequestKind(client: object): RequestKind {
  // Each registration of an unmarked middleware (openapi-fetch's eject removes one registration at a time).
  const others: unknown[] = [];
  const c = client as Record<"use" | "eject", (...middleware: unknown[]) => void>;
  const use = c.use.bind(client);
  const eject = c.eject.bind(client);
  c.use = (...middleware) => {
    use(...middleware);
    for (const m of middleware) if (!takesCallRequest(m)) others.push(m);
  };
  c.eject = (...middleware) => {
    eject(...middleware);
    for (const m of middleware) {
      const i = others.indexOf(m);
      if (i >= 0) others.splice(i, 1);
    }
  };
  return { callRequest: (perCall) => others.length === 0 && (!perCall || perCall.every(takesCallRequest)) };
}
