// The token request itself (I/O only): RFC 6749 §4.4 client-credentials grant, as Camunda's docs' curl sends it.
import { base64Of, formEncode, parseRetryAfter } from "@c8rest/client";
import { AuthError, TokenRequestError } from "./errors.js";
import type { TokenReply } from "./token-response.js";

/** The `fetch` used for token requests: plain fetch, never the API client's middleware chain (docs/auth-faults.md #28). */
export type TokenFetch = (input: string, init: RequestInit) => Promise<Response>;

/** Largest token reply read (docs/auth-faults.md #15). */
export const MAX_REPLY_BYTES = 64 * 1024;
/** Longest `Retry-After` honoured. */
export const MAX_RETRY_AFTER_MS = 60_000;

export interface TokenRequestParams {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience: string | undefined;
  scope: string | undefined;
  clientAuthMethod: "client_secret_post" | "client_secret_basic";
  fetch: TokenFetch;
  timeoutMs: number;
  now: () => number;
}

/** Form body and headers of the token request; credentials sent one way only (RFC 6749 §2.3.1). */
export function buildTokenRequest(p: Pick<TokenRequestParams, "clientId" | "clientSecret" | "audience" | "scope" | "clientAuthMethod">): {
  body: string;
  headers: Record<string, string>;
} {
  const form = new URLSearchParams({ grant_type: "client_credentials" });
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
  };
  if (p.clientAuthMethod === "client_secret_basic") {
    // RFC 6749 §2.3.1: form-encode id and secret before Basic encoding.
    headers.authorization = `Basic ${base64Of(new TextEncoder().encode(`${formEncode(p.clientId)}:${formEncode(p.clientSecret)}`))}`;
  } else {
    form.set("client_id", p.clientId);
    form.set("client_secret", p.clientSecret);
  }
  if (p.audience) form.set("audience", p.audience);
  if (p.scope) form.set("scope", p.scope);
  return { body: form.toString(), headers };
}

/**
 * Sends the token request and reads the reply. The timeout covers the body; the reply is read up to
 * {@link MAX_REPLY_BYTES}; redirects are not followed. Throws {@link TokenRequestError} for transport failures;
 * HTTP statuses are returned for {@link validateTokenReply} to judge.
 */
export async function sendTokenRequest(p: TokenRequestParams): Promise<TokenReply> {
  const { body, headers } = buildTokenRequest(p);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, p.timeoutMs);
  timer.unref?.();
  try {
    let response: Response;
    try {
      response = await p.fetch(p.tokenUrl, { method: "POST", headers, body, redirect: "manual", signal: controller.signal });
    } catch (e) {
      // A setup failure of the fetch itself (e.g. an unreadable TLS file) is not a network problem.
      if (e instanceof AuthError) throw e;
      throw transportError(e, timedOut, p.timeoutMs);
    }
    const contentType = response.headers.get("content-type") ?? undefined;
    if (response.status >= 300 && response.status < 400 || response.type === "opaqueredirect") {
      void response.body?.cancel().catch(() => {});
      throw new TokenRequestError(
        "redirect",
        `Token endpoint answered with a redirect (${response.status}), which is not followed; set the token URL to the final address.`,
        { status: response.status, contentType, retryable: false },
      );
    }
    let text: string;
    try {
      text = await readBounded(response, MAX_REPLY_BYTES);
    } catch (e) {
      if (e instanceof TokenRequestError) throw e;
      throw transportError(e, timedOut, p.timeoutMs);
    }
    return {
      status: response.status,
      contentType,
      body: text,
      retryAfterMs: cap(parseRetryAfter(response.headers.get("retry-after"), p.now()), MAX_RETRY_AFTER_MS),
    };
  } finally {
    clearTimeout(timer);
  }
}

const cap = (ms: number | undefined, max: number) => (ms === undefined ? undefined : Math.min(ms, max));

async function readBounded(response: Response, max: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => {});
      throw new TokenRequestError("body-too-large", `Token reply is larger than ${max} bytes; check the token URL.`, {
        status: response.status,
        contentType: response.headers.get("content-type") ?? undefined,
        retryable: false,
      });
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function transportError(e: unknown, timedOut: boolean, timeoutMs: number): TokenRequestError {
  if (timedOut) {
    return new TokenRequestError("timeout", `Token request timed out after ${timeoutMs} ms (including reading the reply); retried with backoff.`, { retryable: true });
  }
  // Node's fetch error names the cause (ECONNREFUSED, ENOTFOUND, certificate errors) in `cause`; the token URL was
  // checked for credentials, so the cause carries none.
  const reason = describeCause(e);
  return new TokenRequestError("network", `Token endpoint could not be reached${reason ? ` (${reason})` : ""}; check the token URL and the network.`, {
    retryable: true,
    cause: e,
  });
}

function describeCause(e: unknown): string {
  const c = (e as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (c && typeof c.code === "string") return c.code;
  if (c && typeof c.message === "string") return c.message.slice(0, 120);
  return "";
}
