// The OAuth client-credentials token provider: cache, single flight, early refresh, retries, cool-down.
// See RFC 6749 §4.4 and Camunda's docs: https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-authentication/
import { backoffMs, secretsOfAuthorization } from "@c8rest/client";
import { createAccessToken, type AccessToken } from "./access-token.js";
import { requireSubtleCrypto, tokenCacheKey, type TokenCache } from "./cache.js";
import { AuthError } from "./errors.js";
import { resolveProviderOptions, type OAuthTokenProviderOptions } from "./options.js";
import { buildTokenRequest, sendTokenRequest } from "./token-request.js";
import { cacheEntryProblem, validateTokenReply } from "./token-response.js";
import { describeUrl } from "./url-check.js";

const MAX_BACKOFF_MS = 5_000;

/** What {@link createOAuthTokenProvider} returns: small functions with their state bound. */
export interface OAuthTokenProvider {
  /**
   * A valid token: the cached one, or one shared request for a new one. Inside the refresh window the cached token
   * is returned at once while one refresh runs. `signal` stops this caller's wait only, never the shared request.
   */
  getToken(options?: { signal?: AbortSignal }): Promise<AccessToken>;
  /** Drops the cached token, if it is `token` (or whichever it is, without argument), so the next call fetches anew. */
  invalidate(token?: string): void;
}

interface Current {
  token: AccessToken;
  refreshAt: number;
}

/**
 * Creates a token provider for the OAuth 2.0 client-credentials grant (RFC 6749 §4.4), as Camunda's docs describe
 * (https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-authentication/).
 * Options are validated here; nothing is sent until the first `getToken()`.
 *
 * @throws {AuthConfigError} when an option cannot work (the message names it).
 * @example
 * const provider = createOAuthTokenProvider({
 *   clientId: process.env.ZEEBE_CLIENT_ID!,
 *   clientSecret: process.env.ZEEBE_CLIENT_SECRET!,
 *   // tokenUrl defaults to https://login.cloud.camunda.io/oauth/token, audience to zeebe.camunda.io
 * });
 * const { token, expiresAt } = await provider.getToken();
 */
export function createOAuthTokenProvider(options: OAuthTokenProviderOptions): OAuthTokenProvider {
  const o = resolveProviderOptions(options);
  // Without a cache of the caller's the provider keeps its token in `current` only (a cache of its own would hold
  // just that token). A cache gets the hash of the credential as its key.
  const cache: TokenCache | undefined = o.cache;
  if (cache) requireSubtleCrypto();
  let keyed: Promise<string> | undefined;
  const keyOf = () => (keyed ??= tokenCacheKey({ ...o, tokenUrl: o.tokenUrl.href }));
  // What must never be printed: the secret and, for client_secret_basic, the Basic credential in every form.
  const credentials = [o.clientSecret, ...secretsOfAuthorization(buildTokenRequest(o).headers.authorization)];
  const where = describeUrl(o.tokenUrl);
  let current: Current | undefined;
  let inflight: Promise<AccessToken> | undefined;
  let coolDown: { until: number; error: unknown } | undefined;
  let rejected: string | undefined;

  const refreshAtFor = (token: AccessToken, now: number): number =>
    token.expiresAt - Math.min(o.refreshMarginMs, Math.max(0, token.expiresAt - now) / 2);

  function start(background: boolean): Promise<AccessToken> {
    const flight = fetchToken().finally(() => {
      if (inflight === flight) inflight = undefined;
    });
    inflight = flight;
    if (background) {
      // A background refresh is awaited by nobody: report its failure, never leave it unhandled (docs/auth-faults.md #23).
      flight.catch((e: unknown) => o.logger?.warn(`background token refresh from ${where} failed: ${messageOf(e)}`));
    }
    return flight;
  }

  async function fetchToken(): Promise<AccessToken> {
    const shared = await readCache();
    if (shared) return shared;
    // A valid token in a shared cache wins over the cool-down; only without one do callers get the cool-down error.
    if (coolDown && o.now() < coolDown.until) throw coolDown.error;
    coolDown = undefined;
    for (let attempt = 0; ; attempt++) {
      const sentAt = o.now();
      try {
        const reply = await sendTokenRequest({ ...o, tokenUrl: o.tokenUrl.href });
        const { accessToken, cacheable } = validateTokenReply(reply, sentAt, [...credentials, current?.token.token ?? ""]);
        const received = o.now();
        o.logger?.debug?.(`token from ${where}, valid for ${Math.round((accessToken.expiresAt - received) / 1000)} s${cacheable ? "" : " (used once, not cached)"}`);
        if (cacheable) {
          current = { token: accessToken, refreshAt: refreshAtFor(accessToken, received) };
          if (cache) await guard(async () => cache.set(await keyOf(), accessToken));
        }
        return accessToken;
      } catch (e) {
        if (!(e instanceof AuthError && e.retryable)) {
          // A misconfiguration (invalid_client, a redirect, a 4xx page...): fail fast, then a short cool-down so it
          // does not hammer the endpoint (docs/auth-faults.md #17). Transient and malformed replies never get here.
          coolDown = { until: o.now() + o.coolDownMs, error: e };
          throw e;
        }
        // While the current token still serves (a background refresh), retry with backoff until it expires: callers
        // keep getting that token and never see this failure (docs/auth-faults.md #1, #23).
        const servesUntil = current && o.now() < current.token.expiresAt ? current.token.expiresAt : undefined;
        if (attempt + 1 >= o.maxAttempts && servesUntil === undefined) throw e;
        const retryAfter = (e as { retryAfterMs?: number }).retryAfterMs;
        let delay = retryAfter ?? backoffMs(attempt + 1, o.retryBaseDelayMs, MAX_BACKOFF_MS, Math.random);
        // One more try when the token expires at the latest, so callers then waiting are not left behind a long wait.
        if (servesUntil !== undefined) delay = Math.min(delay, Math.max(0, servesUntil - o.now()));
        o.logger?.warn(`token request to ${where} failed (${messageOf(e)}); retrying in ${delay} ms`);
        await o.sleep(delay);
      }
    }
  }

  async function readCache(): Promise<AccessToken | undefined> {
    if (!cache) return undefined;
    const entry = await guard(async () => cache.get(await keyOf()));
    if (entry === undefined || entry === null) return undefined;
    const now = o.now();
    // An entry is checked exactly as a fresh reply is (a file or a store of the user's may hold anything); a bad one
    // is deleted and reported without its value (docs/auth-faults.md #33, #34).
    const problem = cacheEntryProblem(entry, now);
    if (problem) {
      o.logger?.warn(`token cache entry dropped and deleted (${problem}); fetching a new token from ${where}`);
      await guard(async () => cache.delete(await keyOf()));
      return undefined;
    }
    if (entry.token === rejected || !(now < entry.expiresAt)) return undefined;
    if (current && entry.token === current.token.token) return undefined; // our own token, due for refresh
    const refreshAt = refreshAtFor(entry, now);
    if (now >= refreshAt) return undefined;
    const token = createAccessToken(entry.token, entry.expiresAt);
    current = { token, refreshAt };
    return token;
  }

  async function guard<T>(f: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await f();
    } catch (e) {
      o.logger?.warn(`token cache failed (${messageOf(e)}); treated as a miss`);
      return undefined;
    }
  }

  function getToken(opts?: { signal?: AbortSignal }): Promise<AccessToken> {
    const now = o.now();
    const cur = current;
    // Expiry is checked at call time, not by timers, so clock jumps and suspends are caught (docs/auth-faults.md #25).
    if (cur && now < cur.token.expiresAt) {
      if (now >= cur.refreshAt && !inflight && !(coolDown && now < coolDown.until)) void start(true).catch(() => {});
      return Promise.resolve(cur.token);
    }
    if (cur) current = undefined;
    const flight = inflight ?? start(false);
    return opts?.signal ? withSignal(flight, opts.signal) : flight;
  }

  function invalidate(token?: string): void {
    if (!current || (token !== undefined && current.token.token !== token)) return;
    rejected = current.token.token;
    current = undefined;
    if (cache) void guard(async () => cache.delete(await keyOf()));
  }

  return { getToken, invalidate };
}

function withSignal<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    p.then(
      (v) => (signal.removeEventListener("abort", onAbort), resolve(v)),
      (e: unknown) => (signal.removeEventListener("abort", onAbort), reject(e)),
    );
  });
}

function messageOf(e: unknown): string {
  return e instanceof AuthError ? `${e.code}: ${e.message}` : e instanceof Error ? e.name : "unknown error";
}

