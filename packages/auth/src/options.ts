// Options of the OAuth token provider and their validation (done once, at creation).
import { MAX_TIMER_MS, sleep } from "@c8rest/client";
import type { TokenCache } from "./cache.js";
import { AuthConfigError } from "./errors.js";
import type { TokenFetch } from "./token-request.js";
import { checkUrl } from "./url-check.js";

/** Camunda SaaS's token endpoint, the default `tokenUrl`. */
export const SAAS_TOKEN_URL = "https://login.cloud.camunda.io/oauth/token";
/** The audience Camunda SaaS expects for the Orchestration Cluster API, used by default with {@link SAAS_TOKEN_URL} only. */
export const SAAS_AUDIENCE = "zeebe.camunda.io";

/** A source of time; inject one to test timing without real sleeps. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Waits `ms` milliseconds (backoff between token attempts). Defaults to `setTimeout`. */
  sleep?(ms: number): Promise<void>;
}

/** Where the provider reports what it does; lines never contain a secret or a token. */
export interface AuthLogger {
  warn(message: string): void;
  debug?(message: string): void;
}

/** Options of {@link createOAuthTokenProvider}. */
export interface OAuthTokenProviderOptions {
  clientId: string;
  clientSecret: string;
  /** Token endpoint. Default: {@link SAAS_TOKEN_URL}. */
  tokenUrl?: string | URL;
  /** Camunda's `audience` form field. Default: {@link SAAS_AUDIENCE} with the SaaS token URL, none otherwise. */
  audience?: string;
  scope?: string;
  /** How the client authenticates (RFC 6749 §2.3.1). Default `client_secret_post`, as Camunda's docs' curl does. */
  clientAuthMethod?: "client_secret_post" | "client_secret_basic";
  /** Plain fetch for token requests (e.g. with a TLS dispatcher). Default: `globalThis.fetch`. */
  fetch?: TokenFetch;
  clock?: Clock;
  /** Timeout of one token request, including reading the reply. Default 10 000 ms. */
  timeoutMs?: number;
  /** Token store. Default: in memory, per provider. */
  cache?: TokenCache;
  /** How long before expiry a refresh starts; capped at half the lifetime. Default 30 000 ms. */
  refreshMarginMs?: number;
  /** Attempts per token fetch for retryable failures (network, timeout, 5xx, 429). Default 3. */
  maxAttempts?: number;
  /** First backoff delay; doubles per attempt, with jitter, up to 5 s. Default 250 ms. */
  retryBaseDelayMs?: number;
  /** After a non-retryable failure (400/401, non-conforming reply), calls fail fast this long. Default 5 000 ms. */
  coolDownMs?: number;
  /** Allow plain http to a non-loopback token URL. Default false. */
  allowInsecureHttp?: boolean;
  logger?: AuthLogger;
}

export interface ResolvedProviderOptions {
  clientId: string;
  clientSecret: string;
  tokenUrl: URL;
  audience: string | undefined;
  scope: string | undefined;
  clientAuthMethod: "client_secret_post" | "client_secret_basic";
  fetch: TokenFetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  timeoutMs: number;
  cache: TokenCache | undefined;
  refreshMarginMs: number;
  maxAttempts: number;
  retryBaseDelayMs: number;
  coolDownMs: number;
  logger: AuthLogger | undefined;
}


/** Validates provider options; throws {@link AuthConfigError} naming the option. */
export function resolveProviderOptions(o: OAuthTokenProviderOptions): ResolvedProviderOptions {
  if (!o || typeof o !== "object") throw new AuthConfigError("options", "createOAuthTokenProvider needs an options object with clientId and clientSecret.");
  requireString(o.clientId, "clientId", "the OAuth client id (ZEEBE_CLIENT_ID)");
  requireString(o.clientSecret, "clientSecret", "the OAuth client secret (ZEEBE_CLIENT_SECRET)");
  const tokenUrl = checkUrl(o.tokenUrl ?? SAAS_TOKEN_URL, "tokenUrl", o.allowInsecureHttp === true);
  const audience = o.audience ?? (tokenUrl.href === SAAS_TOKEN_URL ? SAAS_AUDIENCE : undefined);
  const method = o.clientAuthMethod ?? "client_secret_post";
  if (method !== "client_secret_post" && method !== "client_secret_basic") {
    throw new AuthConfigError("clientAuthMethod", `clientAuthMethod must be "client_secret_post" or "client_secret_basic".`);
  }
  const clock = o.clock;
  if (clock !== undefined && typeof clock.now !== "function") throw new AuthConfigError("clock", "clock must have a now() function returning milliseconds.");
  if (o.fetch !== undefined && typeof o.fetch !== "function") throw new AuthConfigError("fetch", "fetch must be a function.");
  return {
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    tokenUrl,
    audience: audience || undefined,
    scope: o.scope || undefined,
    clientAuthMethod: method,
    fetch: o.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    now: clock ? () => clock.now() : Date.now,
    sleep: clock?.sleep ? (ms) => clock.sleep!(ms) : (ms) => sleep(ms),
    timeoutMs: duration(o.timeoutMs, "timeoutMs", 10_000, 1),
    cache: o.cache,
    refreshMarginMs: duration(o.refreshMarginMs, "refreshMarginMs", 30_000, 0),
    maxAttempts: Math.floor(duration(o.maxAttempts, "maxAttempts", 3, 1)),
    retryBaseDelayMs: duration(o.retryBaseDelayMs, "retryBaseDelayMs", 250, 0),
    coolDownMs: duration(o.coolDownMs, "coolDownMs", 5_000, 0),
    logger: o.logger,
  };
}

function requireString(v: unknown, option: string, what: string): void {
  if (typeof v !== "string" || v.length === 0) throw new AuthConfigError(option, `${option} is missing: set ${what}.`);
}

function duration(v: number | undefined, option: string, fallback: number, min: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > MAX_TIMER_MS) {
    throw new AuthConfigError(option, `${option} must be a number from ${min} to ${MAX_TIMER_MS}.`);
  }
  return v;
}
