// Every call of a client made by createCamundaClient passes here, before openapi-fetch and its middleware run
// (its methods, `request`, `paginate`, the views of `withCallOptions`): the path parameters are checked (nothing is
// sent otherwise), the call's deadline is made (see transport/call-context.ts) and its fetch, bound to the call,
// goes to openapi-fetch; a JSON answer is parsed here, into a typed error when it is not JSON.
import { defaultPathSerializer, type PathSerializer } from "openapi-fetch";
import { checkPathParameters } from "./path-params.js";
import { CamundaResponseError } from "./response-error.js";
import { callContextOf, type Call } from "./transport/call-context.js";
import { CallRequest, type RequestKind } from "./transport/call-request.js";
import { guardBody } from "./transport/body-guard.js";
import type { TransportFetch } from "./transport/transport.js";

/** The methods openapi-fetch's client has; `request(method, url, init)` besides. */
export const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"] as const;

interface Init {
  signal?: AbortSignal | null;
  body?: unknown;
  params?: { path?: Record<string, unknown> };
  parseAs?: string;
  pathSerializer?: PathSerializer;
  fetch?: unknown;
  middleware?: readonly unknown[];
  Request?: unknown;
}
interface Result {
  data?: unknown;
  response: Response;
}
type Method = (url: string, init?: Init) => Promise<Result>;
/** openapi-fetch's own methods of a client, before createCamundaClient wraps them. */
export type RawMethods = Record<(typeof METHODS)[number], Method> & { request: (method: string, url: string, init?: Init) => Promise<Result> };

/**
 * One call. A JSON answer (the default `parseAs`) is read as text and parsed here, so that a 2xx body that is not
 * JSON is a {@link CamundaResponseError} rather than a bare `SyntaxError` (middleware sees `parseAs: "text"`).
 */
async function run(
  transport: TransportFetch,
  kind: RequestKind | undefined,
  method: string,
  url: string,
  init: Init | undefined,
  send: (url: string, init: Init) => Promise<Result>,
): Promise<Result> {
  const fetch = transport.begin(method, url, init);
  const call = callContextOf(fetch) as Call;
  const json = (init?.parseAs ?? "json") === "json";
  // While every middleware takes one, openapi-fetch builds a CallRequest, not a fetch Request (call-request.ts).
  const Request = init?.Request ?? (kind?.callRequest(init?.middleware) ? CallRequest : undefined);
  let result: Result;
  try {
    // The caller's own signal stays on the request openapi-fetch builds (as without this client); the transport and
    // @c8rest/auth use the call's signal (deadline + caller). Making a fetch Request follow the call's signal too
    // would cost a WeakRef and a finalizer per call in undici.
    // One shape of options per call (`Request: undefined` is openapi-fetch's default).
    result = await send(url, init ? { ...init, parseAs: json ? "text" : init.parseAs, fetch, Request } : { parseAs: "text", fetch, Request });
  } catch (error) {
    call.end();
    throw call.fail(error);
  }
  if (!json && init?.parseAs === "stream" && result.data) {
    // The caller reads the stream later: the deadline ends when it is read (or fails with the call's error).
    guardBody(result.response, () => call.end(), (e) => call.fail(e));
    result.data = result.response.body;
    return result;
  }
  // openapi-fetch has read the body, or there is none.
  call.end();
  const text = result.data;
  if (json && typeof text === "string") {
    try {
      result.data = text === "" ? undefined : JSON.parse(text);
    } catch {
      throw new CamundaResponseError(result.response, text, method, url);
    }
  }
  return result;
}

/**
 * Puts on `target` the methods of `raw` (openapi-fetch's) made to check their path parameters and start each call
 * with `transport`'s deadline. A call with its own `fetch` in the options goes to that fetch, as openapi-fetch does,
 * without the transport (its path parameters are checked all the same).
 */
export function bindCallMethods(
  target: Record<string, unknown>,
  raw: RawMethods,
  transport: TransportFetch,
  pathSerializer: PathSerializer = defaultPathSerializer,
  kind?: RequestKind,
): void {
  // Not async (one promise fewer per call); a refused path parameter still rejects rather than throws.
  const call = (method: string, url: string, init: Init | undefined, send: (url: string, init?: Init) => Promise<Result>): Promise<Result> => {
    try {
      checkPathParameters(method, url, init?.params?.path, init?.pathSerializer ?? pathSerializer);
      return init?.fetch ? send(url, init) : run(transport, kind, method, url, init, send);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  for (const m of METHODS) {
    const base = raw[m];
    target[m] = (url: string, init?: Init) => call(m, url, init, base);
  }
  target.request = (method: string, url: string, init?: Init) => call(String(method).toUpperCase(), url, init, (u, i) => raw.request(method, u, i));
}
