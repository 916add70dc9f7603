// Every call of a client made by createCamundaClient starts here, before openapi-fetch and its middleware run: the
// call's deadline is made now (see transport/call-context.ts) and its fetch, bound to the call, goes to openapi-fetch.
import { boundCall } from "./transport/call-context.js";
import { guardBody } from "./transport/body-guard.js";
import type { TransportFetch } from "./transport/transport.js";

/** The methods openapi-fetch's client has; `request(method, url, init)` besides. */
export const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"] as const;

interface Init {
  signal?: AbortSignal | null;
  body?: unknown;
  params?: { path?: Record<string, unknown> };
  parseAs?: string;
  fetch?: unknown;
}
interface Result {
  data?: unknown;
  response: Response;
}
type Method = (url: string, init?: Init) => Promise<Result>;
/** openapi-fetch's own methods of a client, before createCamundaClient wraps them. */
export type RawMethods = Record<(typeof METHODS)[number], Method> & { request: (method: string, url: string, init?: Init) => Promise<Result> };

/** One call: its deadline starts, openapi-fetch runs with the call's signal and fetch, the deadline ends with the body read. */
async function run(transport: TransportFetch, method: string, url: string, init: Init | undefined, send: (init: Init) => Promise<Result>): Promise<Result> {
  const fetch = transport.begin(method, url, init);
  const call = boundCall(fetch);
  let result: Result;
  try {
    // The caller's own signal stays on the Request openapi-fetch builds (as without this client); the transport and
    // @c8rest/auth use the call's signal (deadline + caller). Making the Request follow the call's signal too would
    // cost a WeakRef and a finalizer per call in undici.
    result = await send(init ? { ...init, fetch } : { fetch });
  } catch (error) {
    call.end();
    throw call.fail(error);
  }
  if (init?.parseAs === "stream" && result.data) {
    // The caller reads the stream later: the deadline ends when it is read (or fails with the call's error).
    guardBody(result.response, () => call.end(), (e) => call.fail(e));
    result.data = result.response.body;
  } else {
    // openapi-fetch has read the body (json, text, ...), or there is none.
    call.end();
  }
  return result;
}

/**
 * Puts on `target` the methods of `raw` (openapi-fetch's) made to start each call with `transport`'s deadline. A call
 * with its own `fetch` in the options goes to that fetch, as openapi-fetch does, without the transport.
 */
export function bindCallMethods(target: Record<string, unknown>, raw: RawMethods, transport: TransportFetch): void {
  for (const m of METHODS) {
    const base = raw[m];
    target[m] = (url: string, init?: Init) => (init?.fetch ? base(url, init) : run(transport, m, url, init, (i) => base(url, i)));
  }
  target.request = (method: string, url: string, init?: Init) => {
    if (init?.fetch) return raw.request(method, url, init);
    return run(transport, method.toUpperCase(), url, init, (i) => raw.request(method, url, i));
  };
}
