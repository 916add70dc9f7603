// The OAuth client-credentials token provider: cache, single flight, early refresh, retries, cool-down.
// See RFC 6749 §4.4 and Camunda's docs: https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-authentication/
import type { AccessToken } from "./access-token.js";
import { createMemoryTokenCache, requireSubtleCrypto, tokenCacheKey, type TokenCache } from "./cache.js";
import { AuthError } from "./errors.js";
import { resolveProviderOptions, type OAuthTokenProviderOptions } from "./options.js";
import { backoffDelay } from "./retry-after.js";
import { sendTokenRequest } from "./token-request.js";
import { validateTokenReply } from "./token-response.js";
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
  const cache: TokenCache = o.cache ?? createMemoryTokenCache();
  // The default cache is this provider's own: no key to hash. A shared cache gets the hash of the credential.
  if (o.cache) requireSubtleCrypto();
  let keyed: Promise<string> | undefined;
  const keyOf = () => (keyed ??= o.cache ? tokenCacheKey({ ...o, tokenUrl: o.tokenUrl.href }) : Promise.resolve(""));
  const secrets = [o.clientSecret];
  const where = describeUrl(o.tokenUrl);
  let current: Current | undefined;
  let inflight: Promise<AccessToken> | undefined;
  let coolDown: { until: number; error: unknown } | undefined;
  let rejected: string | undefined;

  const refreshAtFor = (token: AccessToken, now: number): number =>
    token.expiresAt - Math.min(o.refreshMarginMs, Math.max(0, token.expiresAt - now) / 2);

  function start(background: boolean): Promise<AccessToken> {
    const now = o.now();
    if (coolDown && now < coolDown.until) return Promise.reject(coolDown.error);
    coolDown = undefined;
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
    for (let attempt = 0; ; attempt++) {
      const sentAt = o.now();
      try {
        const reply = await sendTokenRequest({ ...o, tokenUrl: o.tokenUrl.href });
        const { accessToken, cacheable } = validateTokenReply(reply, sentAt, secrets);
        const received = o.now();
        o.logger?.debug?.(`token from ${where}, valid for ${Math.round((accessToken.expiresAt - received) / 1000)} s${cacheable ? "" : " (used once, not cached)"}`);
        if (cacheable) {
          current = { token: accessToken, refreshAt: refreshAtFor(accessToken, received) };
          await guard(async () => cache.set(await keyOf(), accessToken));
        }
        return accessToken;
      } catch (e) {
        const retryable = e instanceof AuthError && e.retryable;
        if (!retryable) {
          // Fail fast, then a short cool-down so a misconfiguration does not hammer the endpoint (docs/auth-faults.md #17).
          coolDown = { until: o.now() + o.coolDownMs, error: e };
          throw e;
        }
        const stillServing = current !== undefined && o.now() < current.token.expiresAt;
        if (attempt + 1 >= o.maxAttempts && !stillServing) throw e;
        const retryAfter = (e as { retryAfterMs?: number }).retryAfterMs;
        const delay = retryAfter ?? backoffDelay(attempt, o.retryBaseDelayMs, MAX_BACKOFF_MS);
        o.logger?.warn(`token request to ${where} failed (${messageOf(e)}); retrying in ${delay} ms`);
        await o.sleep(delay);
      }
    }
  }

  async function readCache(): Promise<AccessToken | undefined> {
    const t = await guard(async () => cache.get(await keyOf()));
    const now = o.now();
    if (!t || typeof t.token !== "string" || t.token === rejected || !(now < t.expiresAt)) return undefined;
    if (current && t.token === current.token.token) return undefined; // our own token, due for refresh
    const refreshAt = refreshAtFor(t, now);
    if (now >= refreshAt) return undefined;
    current = { token: t, refreshAt };
    return t;
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
    void guard(async () => cache.delete(await keyOf()));
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

