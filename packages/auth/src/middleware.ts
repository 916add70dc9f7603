// The openapi-fetch middleware for OAuth: attaches the token, and on a 401 refreshes once and replays once.
import type { Middleware } from "openapi-fetch";
import { createOriginGuard, type AuthMiddlewareOptions } from "./origin-guard.js";
import type { OAuthTokenProviderOptions } from "./options.js";
import { createOAuthTokenProvider, type OAuthTokenProvider } from "./provider.js";

/**
 * Marks a request that the OAuth middleware replayed after a 401 (`request[AUTH_REPLAY] === true`). A transport layer
 * can read it (`Symbol.for("c8rest.auth.replay")`) without importing this package; a replay is never replayed again.
 */
export const AUTH_REPLAY: unique symbol = Symbol.for("c8rest.auth.replay") as never;

/** Options of {@link oauthMiddleware} besides the provider's. */
export interface OAuthMiddlewareOptions extends AuthMiddlewareOptions {
  /** Fetch for the 401 replay when openapi-fetch does not expose the client's own. Default: `globalThis.fetch`. */
  replayFetch?: (request: Request) => Promise<Response>;
  /**
   * Keep a copy of each request body so that a request with a body can be replayed after a 401. Default true.
   * `false` saves the copy (tens of microseconds per request with a body); such a request's 401 then goes to the
   * caller, after the token was dropped so that the next call gets a new one.
   */
  replayBodies?: boolean;
}

interface Sent {
  token: string;
  hasBody: boolean;
  /** The body's bytes, kept for a replay (a bodyless request is rebuilt from itself). */
  body: ArrayBuffer | undefined;
}

/** A new Request like `request` with `body`; custom properties openapi-fetch put on the request are kept. */
function withBody(request: Request, body: ArrayBuffer | undefined): Request {
  const copy = body === undefined ? new Request(request) : new Request(request, { body });
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
): Middleware {
  const isProvider = typeof (optionsOrProvider as OAuthTokenProvider)?.getToken === "function";
  const provider = isProvider ? (optionsOrProvider as OAuthTokenProvider) : createOAuthTokenProvider(optionsOrProvider as OAuthTokenProviderOptions);
  const mw: OAuthMiddlewareOptions = isProvider ? (middlewareOptions ?? {}) : { ...(optionsOrProvider as OAuthMiddlewareOptions), ...middlewareOptions };
  const checkOrigin = createOriginGuard(mw);
  const keepBodies = mw.replayBodies !== false;
  // Keyed by openapi-fetch's per-call options object, so nothing outlives the call.
  const sent = new WeakMap<object, Sent>();

  return {
    async onRequest({ request, options }) {
      checkOrigin(request.url, options?.baseUrl);
      const { token } = await provider.getToken({ signal: request.signal });
      let out = request;
      let body: ArrayBuffer | undefined;
      const hasBody = request.body !== null;
      if (hasBody && keepBodies) {
        // Read the body once and send it from memory: cheaper than clone(), whose unread tee branch buffers.
        body = await request.arrayBuffer();
        out = withBody(request, body);
      }
      out.headers.set("authorization", `Bearer ${token}`);
      sent.set(options ?? out, { token, hasBody, body });
      return out;
    },

    async onResponse({ request, response, options }) {
      if (response.status !== 401) return undefined;
      const s = sent.get(options ?? request);
      if (!s || (request as unknown as Record<symbol, unknown>)[AUTH_REPLAY] === true) return undefined;
      sent.delete(options ?? request);
      // RFC 6750 §3.1 invalid_token: drop the token only if it is still the cached one; one shared refetch.
      provider.invalidate(s.token);
      if (s.hasBody && !s.body) return undefined; // replayBodies: false
      const { token } = await provider.getToken({ signal: request.signal });
      // From the request as sent (with any later middleware's changes), with the kept body.
      const replay = withBody(request, s.body);
      replay.headers.set("authorization", `Bearer ${token}`);
      Object.defineProperty(replay, AUTH_REPLAY, { value: true });
      void response.body?.cancel().catch(() => {});
      const fetcher = options?.fetch ?? mw.replayFetch ?? ((r: Request) => globalThis.fetch(r));
      return fetcher(replay);
    },
  };
}
