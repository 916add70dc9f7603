// The openapi-fetch middleware for OAuth: attaches the token, and on a 401 refreshes once and replays once.
import { AUTH_REPLAY, CALL_REQUEST_MIDDLEWARE, callContextOf, isCallRequest, type CallBody, type CallRequestMiddleware } from "@c8rest/client";
import { createOriginGuard, type AuthMiddlewareOptions } from "./origin-guard.js";
import type { OAuthTokenProviderOptions } from "./options.js";
import { createOAuthTokenProvider, type OAuthTokenProvider } from "./provider.js";

/** Options of {@link oauthMiddleware} besides the provider's. */
export interface OAuthMiddlewareOptions extends AuthMiddlewareOptions {
  /** Fetch for the 401 replay when openapi-fetch does not expose the client's own. Default: `globalThis.fetch`. */
  replayFetch?: (request: Request) => Promise<Response>;
  /**
   * Replay a request with a body after a 401. Default true. With a client made by `createCamundaClient` the body is
   * read once per call anyway (its retries send it too), so the replay costs nothing more; with plain openapi-fetch
   * this middleware keeps a copy of each body for it. `false`: such a request's 401 goes to the caller, after the
   * token was dropped so that the next call gets a new one.
   */
  replayBodies?: boolean;
}

/** What a plain openapi-fetch call (no call context) keeps for its replay: whether it had a body, and its bytes. */
interface Kept {
  hasBody: boolean;
  body: ArrayBuffer | undefined;
}

/** A new Request like `request` with `body`; custom properties openapi-fetch put on the request are kept. */
function withBody(request: Request, body: CallBody | undefined): Request {
  const copy = body === undefined ? new Request(request) : new Request(request, { body: body as RequestInit["body"] });
  for (const key of Object.keys(request)) (copy as unknown as Record<string, unknown>)[key] ??= (request as unknown as Record<string, unknown>)[key];
  return copy;
}

/**
 * An openapi-fetch `Middleware` for the OAuth 2.0 client-credentials grant (a request for another origin than the
 * API's fails with an `AuthConfigError`, unsent): every request gets
 * `Authorization: Bearer <token>` (RFC 6750 §2.1); a request is never sent without one (the token error is thrown
 * instead). A 401 answered to the current token drops it, fetches one new token shared by all such callers and
 * replays the request once; a second 401 goes to the caller; 403 never refreshes.
 * Camunda docs: https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-authentication/
 *
 * @throws {AuthConfigError} at creation when an option cannot work.
 * @example
 * const client = createCamundaClient({
 *   baseUrl: "https://bru-2.zeebe.camunda.io/my-cluster-id",
 *   middleware: [oauthMiddleware({ clientId: "my-id", clientSecret: "my-secret" })],
 * });
 */
export function oauthMiddleware(
  optionsOrProvider: OAuthTokenProvider | (OAuthTokenProviderOptions & OAuthMiddlewareOptions),
  middlewareOptions?: OAuthMiddlewareOptions,
): CallRequestMiddleware {
  const isProvider = typeof (optionsOrProvider as OAuthTokenProvider)?.getToken === "function";
  const provider = isProvider ? (optionsOrProvider as OAuthTokenProvider) : createOAuthTokenProvider(optionsOrProvider as OAuthTokenProviderOptions);
  const mw: OAuthMiddlewareOptions = isProvider ? (middlewareOptions ?? {}) : { ...(optionsOrProvider as OAuthMiddlewareOptions), ...middlewareOptions };
  const checkOrigin = createOriginGuard(mw);
  const keepBodies = mw.replayBodies !== false;
  // Keyed by openapi-fetch's per-call options object, so nothing outlives the call (plain openapi-fetch only).
  const kept = new WeakMap<object, Kept>();

  return {
    // Reads url, headers and the body's presence only, and copies with clone(): no fetch Request needed.
    [CALL_REQUEST_MIDDLEWARE]: true,
    async onRequest({ request, options }) {
      checkOrigin(request.url, options?.baseUrl);
      const call = callContextOf(options?.fetch);
      // The call's signal (createCamundaClient: its deadline and the caller's signal) ends this caller's token wait;
      // the shared token request goes on for the other callers.
      const { token } = await provider.getToken({ signal: call?.signal ?? request.signal });
      request.headers.set("authorization", `Bearer ${token}`);
      if (call) return undefined; // the call keeps the body, read once for every attempt
      const hasBody = request.body !== null;
      if (!hasBody || !keepBodies) {
        if (options) kept.set(options, { hasBody, body: undefined });
        return undefined;
      }
      // Read the body once and send it from memory: cheaper than clone(), whose unread tee branch buffers.
      const body = await request.arrayBuffer();
      const out = withBody(request, body);
      kept.set(options ?? out, { hasBody, body });
      return out;
    },

    // Not async: most responses are not a 401, and need no promise of their own.
    onResponse({ request, response, options }) {
      if (response.status !== 401 || (request as unknown as Record<symbol, unknown>)[AUTH_REPLAY] === true) return undefined;
      return replay(request, response, options);
    },
  };

  async function replay(request: Request, response: Response, options: { fetch?: unknown } | undefined): Promise<Response | undefined> {
    const sent = request.headers.get("authorization");
    if (!sent?.startsWith("Bearer ")) return undefined;
    const call = callContextOf(options?.fetch);
    const k = call ? undefined : kept.get(options ?? request);
    if (!call && !k) return undefined;
    if (k) kept.delete(options ?? request);
    // RFC 6750 §3.1 invalid_token: drop the token only if it is still the cached one; one shared refetch.
    provider.invalidate(sent.slice(7));
    const body = call ? (call.body ?? undefined) : k!.body;
    const hasBody = call ? call.body !== null : k!.hasBody;
    if (hasBody && (!keepBodies || body === undefined)) return undefined; // replayBodies: false
    const { token } = await provider.getToken({ signal: call?.signal ?? request.signal });
    // From the request as sent (with any later middleware's changes), with the body as sent: a CallRequest (see
    // @c8rest/client) keeps its serialized body, a fetch Request's was read into the call.
    const again = isCallRequest(request) ? (request.clone() as unknown as Request) : withBody(request, body);
    again.headers.set("authorization", `Bearer ${token}`);
    Object.defineProperty(again, AUTH_REPLAY, { value: true });
    void response.body?.cancel().catch(() => {});
    // The call's own fetch: the same deadline, the body already read, not a new call for the retry budget.
    const fetcher = (options?.fetch as ((r: Request) => Promise<Response>) | undefined) ?? mw.replayFetch ?? ((r: Request) => globalThis.fetch(r));
    return fetcher(again);
  }
}
