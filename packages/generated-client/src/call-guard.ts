// The one place every call of a client passes through (its methods, `request`, `paginate`, `withCallOptions` views):
// path parameters are checked before the Request is made, and a JSON body is parsed here, into a typed error.
import { defaultPathSerializer, type PathSerializer } from "openapi-fetch";
import { checkPathParameters } from "./path-params.js";
import { CamundaResponseError } from "./response-error.js";

interface Init {
  params?: { path?: Record<string, unknown> };
  parseAs?: string;
  pathSerializer?: PathSerializer;
}
interface Result {
  data?: unknown;
  response: Response;
}
type Send = (url: string, init?: Init) => Promise<Result>;

const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"];

/**
 * Wraps the methods of an openapi-fetch client: each call's path parameters are checked (see
 * {@link checkPathParameters}), and a JSON answer (the default `parseAs`) is read as text and parsed here, so that
 * a 2xx body that is not JSON is a {@link CamundaResponseError} rather than a bare `SyntaxError`. Middleware sees
 * `parseAs: "text"` for such calls.
 *
 * @example
 * const client = createClient<paths>({ baseUrl });
 * guardCalls(client);
 */
export function guardCalls(client: object, pathSerializer: PathSerializer = defaultPathSerializer): void {
  const c = client as Record<string, Send>;
  const guarded =
    (method: string, send: Send): Send =>
    async (url, init) => {
      checkPathParameters(method, url, init?.params?.path, init?.pathSerializer ?? pathSerializer);
      const json = (init?.parseAs ?? "json") === "json";
      const result = await send(url, json ? { ...init, parseAs: "text" } : init);
      const text = result.data;
      if (json && typeof text === "string") {
        try {
          result.data = text === "" ? undefined : JSON.parse(text);
        } catch {
          throw new CamundaResponseError(result.response, text, method, url);
        }
      }
      return result;
    };
  for (const m of METHODS) c[m] = guarded(m, c[m]!);
  const request = c.request as unknown as (method: string, url: string, init?: Init) => Promise<Result>;
  (c as unknown as { request: typeof request }).request = (method, url, init) =>
    guarded(String(method).toUpperCase(), (u, i) => request(method, u, i))(url, init);
}
