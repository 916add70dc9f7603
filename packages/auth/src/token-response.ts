// Validation of the token endpoint's reply (RFC 6749 §5.1 / §5.2): pure, no I/O, testable without a network.
import { bytesOfBase64, excerpt, maskSecrets } from "@c8rest/client";
import { createAccessToken, type AccessToken } from "./access-token.js";
import { OAuthError, TokenRequestError, TokenResponseError } from "./errors.js";

/** Lifetime assumed when the reply has no `expires_in` and the token is not a readable JWT (RFC 6749 §5.1 leaves it open). */
export const DEFAULT_LIFETIME_SECONDS = 60;
/** Longest lifetime believed, whatever the server says (docs/auth-faults.md #11). */
export const MAX_LIFETIME_SECONDS = 24 * 60 * 60;

/** Longest access token accepted, from a reply or a cache: longer ones would only get HTTP 431 (header too large). */
export const MAX_TOKEN_LENGTH = 16 * 1024;

/** RFC 6750 §2.1 `b64token`. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
/** A run that could be a token inside a reply that is not JSON; masked in excerpts of 2xx replies. */
const TOKEN_LIKE = /[A-Za-z0-9\-._~+/]{20,}=*/g;

/**
 * Why `token` cannot be sent as `Authorization: Bearer <token>`, or undefined when it can: not a non-empty string,
 * longer than {@link MAX_TOKEN_LENGTH}, or not an RFC 6750 §2.1 `b64token` (spaces, CR/LF, non-ASCII would split or
 * inject headers). The reason never contains the token.
 */
export function accessTokenProblem(token: unknown): string | undefined {
  if (typeof token !== "string" || token.length === 0) return "is missing, empty or not a string";
  if (token.length > MAX_TOKEN_LENGTH) return `is longer than ${MAX_TOKEN_LENGTH} characters`;
  if (!B64TOKEN.test(token)) return "has characters a bearer token cannot have (RFC 6750 §2.1)";
  return undefined;
}

/**
 * Why an entry read from a token cache cannot be used, or undefined when it can: the token is checked exactly as a
 * fresh reply's (see {@link accessTokenProblem}), and `expiresAt` must be a time in ms no further than
 * {@link MAX_LIFETIME_SECONDS} (plus a minute of clock skew) from `now`. The reason never contains the token.
 */
export function cacheEntryProblem(entry: unknown, now: number): string | undefined {
  if (typeof entry !== "object" || entry === null) return "not an object";
  const { token, expiresAt } = entry as { token?: unknown; expiresAt?: unknown };
  const problem = accessTokenProblem(token);
  if (problem) return `the token ${problem}`;
  if (typeof expiresAt !== "number" || !Number.isFinite(expiresAt) || expiresAt > now + (MAX_LIFETIME_SECONDS + 60) * 1000) {
    return "expiresAt is not a sane expiry time";
  }
  return undefined;
}

/** What came back from the token endpoint, as read by the I/O layer. */
export interface TokenReply {
  status: number;
  contentType: string | undefined;
  body: string;
  retryAfterMs?: number | undefined;
}

/** A validated token plus whether it may be cached (`expires_in: 0` means use once). */
export interface ValidatedToken {
  accessToken: AccessToken;
  cacheable: boolean;
}

/**
 * Validates a token endpoint reply. `sentAt` is when the request was sent (the lifetime counts from then, RFC 6749
 * §5.1); `secrets` (every form of them, see `maskSecrets` of @c8rest/client) are masked in any excerpt, code or
 * description copied into an error, before anything else is done to the text.
 * Throws {@link OAuthError}, {@link TokenRequestError} or {@link TokenResponseError}.
 */
export function validateTokenReply(reply: TokenReply, sentAt: number, secrets: readonly string[]): ValidatedToken {
  const { status, contentType } = reply;
  const json = parseJson(reply.body, contentType);
  if (status < 200 || status >= 300) throw replyError(reply, json, secrets);

  const bad = (field: string, problem: string, excerpt?: string) =>
    new TokenResponseError(field, `Token endpoint answered ${status} with a non-conforming reply (RFC 6749 §5.1): ${problem}.`, { status, contentType, excerpt });
  if (json === undefined) {
    // An excerpt only when the reply does not claim to be JSON: broken JSON may still carry a token. A reply that is
    // not JSON may carry one too (form-encoded, text/plain, JSON served as HTML): every token-like run is masked.
    const text = contentType && !/json/i.test(contentType) ? excerpt(reply.body, 200, [...secrets, ...(reply.body.match(TOKEN_LIKE) ?? [])]) : undefined;
    throw bad("body", `not JSON (content type ${contentType ?? "none"})${text ? `: "${text}"` : ""}; check the token URL`, text);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw bad("body", "JSON that is not an object");
  const o = json as Record<string, unknown>;
  if (o.error !== undefined) throw bad("error", `an "error" field (${describeCode(o.error, secrets)})`);
  const token = o.access_token as string;
  // RFC 6750 §2.1 b64token: no spaces, CR/LF or non-ASCII, so the header cannot be split or injected.
  const problem = accessTokenProblem(token);
  if (problem) throw bad("access_token", `access_token ${problem}`);
  if (o.token_type !== undefined && (typeof o.token_type !== "string" || o.token_type.toLowerCase() !== "bearer")) {
    throw bad("token_type", `token_type ${describeCode(o.token_type, secrets)}, not "Bearer" (RFC 6750)`);
  }
  const e = o.expires_in;
  let seconds: number | undefined;
  if (e !== undefined && e !== null) {
    seconds = typeof e === "number" ? e : typeof e === "string" && /^\s*\d+(\.\d+)?\s*$/.test(e) ? Number(e) : Number.NaN;
    if (!Number.isFinite(seconds) || seconds < 0) throw bad("expires_in", "expires_in is not a number of seconds >= 0");
  }
  const lifetimeMs = lifetimeOf(seconds, token, sentAt);
  return { accessToken: createAccessToken(token, sentAt + lifetimeMs), cacheable: lifetimeMs > 0 };
}

/** Lifetime in ms from `expires_in` seconds, the JWT `exp`, or the default; capped. */
function lifetimeOf(seconds: number | undefined, token: string, sentAt: number): number {
  const expMs = jwtExpiry(token);
  // The earlier of expires_in and the JWT exp wins (docs/auth-faults.md #13). An exp already past at sending time means the
  // clocks disagree; then it is ignored rather than causing a refresh loop, and 401 handling is the backstop.
  const fromExp = expMs !== undefined && expMs > sentAt ? expMs - sentAt : undefined;
  let ms = seconds !== undefined ? seconds * 1000 : (fromExp ?? DEFAULT_LIFETIME_SECONDS * 1000);
  if (seconds !== undefined && seconds > 0 && fromExp !== undefined) ms = Math.min(ms, fromExp);
  return Math.min(ms, MAX_LIFETIME_SECONDS * 1000);
}

/** `exp` of a JWT in ms, or undefined when the token is opaque or unreadable (opaque tokens are fine, #14). */
export function jwtExpiry(token: string): number | undefined {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    // base64url (RFC 4648 §5) as standard base64; a payload that is not UTF-8 is unreadable.
    const payload = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytesOfBase64(parts[1].replace(/-/g, "+").replace(/_/g, "/")))) as unknown;
    const exp = (payload as { exp?: unknown } | null)?.exp;
    return typeof exp === "number" && Number.isFinite(exp) && exp > 0 ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

function parseJson(body: string, contentType: string | undefined): unknown {
  // An HTML error page is not parsed as JSON, whatever it looks like (docs/auth-faults.md #3).
  if (contentType && /html/i.test(contentType)) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function replyError(reply: TokenReply, json: unknown, secrets: readonly string[]): Error {
  const { status, contentType } = reply;
  const o = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : undefined;
  const retryable = status >= 500 || status === 429 || status === 408;
  if (!retryable && o && typeof o.error === "string" && o.error.length > 0) {
    const error = describeCode(o.error, secrets, false);
    const description = typeof o.error_description === "string" ? excerpt(o.error_description, 200, secrets) : undefined;
    return new OAuthError(
      `Token endpoint refused the request: ${status} ${error}${description ? ` (${description})` : ""}. ${hintFor(error)}`,
      { error, errorDescription: description, status },
    );
  }
  const text = excerpt(reply.body, 200, secrets);
  return new TokenRequestError(
    "http-status",
    `Token endpoint answered ${status} (content type ${contentType ?? "none"})${text ? `: "${text}"` : ""}.${retryable ? " Retried with backoff." : " Check the token URL."}`,
    { status, contentType, excerpt: text, retryAfterMs: reply.retryAfterMs, retryable },
  );
}

const HINTS: Record<string, string> = {
  invalid_client: "check the client id and secret (ZEEBE_CLIENT_ID, ZEEBE_CLIENT_SECRET) and the client auth method",
  unauthorized_client: "the client may not use the client-credentials grant: enable it (service account) on the server",
  invalid_scope: "check the scope (CAMUNDA_OAUTH_SCOPE)",
  unsupported_grant_type: "the server offers no client-credentials grant at this token URL",
};

function hintFor(error: string): string {
  return `${(HINTS[error] ?? "check the token URL, audience and scope").replace(/^./, (c) => c.toUpperCase())} (RFC 6749 §5.2).`;
}

/** A short printable form of an error code or unexpected value (never a long string that could be a token). */
function describeCode(v: unknown, secrets: readonly string[], quote = true): string {
  if (typeof v === "string") {
    // Masked first: the cut and the "?" replacement must not leave a transformed secret.
    const s = maskSecrets(v, secrets).replace(/[^\w.\- [\]]/g, "?").slice(0, 40);
    return quote ? `"${s}"` : s;
  }
  if (typeof v === "number" || typeof v === "boolean" || v === null) return String(v);
  return typeof v;
}
