// Checks on the token URL and the API address, done once at configuration time (docs/auth-faults.md #30, #31).
import { AuthConfigError } from "./errors.js";

const SECRET_QUERY = /(secret|password|passwd|token|assertion|api[-_]?key)/i;

/** True for hosts that never leave the machine: `localhost`, `*.localhost`, 127.0.0.0/8, `::1`. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Parses `value` as an http(s) URL for `setting`, refusing credentials in it and plain http to a non-loopback host
 * (unless `allowInsecureHttp`). Error messages never echo the URL: it may hold a secret.
 */
export function checkUrl(value: string | URL, setting: string, allowInsecureHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    // No cause: Node's TypeError carries the input, which may hold a secret.
    throw new AuthConfigError(setting, `${setting} is not an absolute URL; set it to e.g. https://login.example.com/oauth/token.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AuthConfigError(setting, `${setting} must use https (got ${url.protocol.replace(":", "")}).`);
  }
  if (url.username || url.password) {
    throw new AuthConfigError(
      setting,
      `${setting} contains credentials (user:password@); remove them and pass the client id and secret as their own settings.`,
    );
  }
  for (const key of url.searchParams.keys()) {
    if (SECRET_QUERY.test(key)) {
      throw new AuthConfigError(
        setting,
        `${setting} has a credential in its query string (parameter "${key.replace(/[^\w.-]/g, "?")}"); remove it and pass credentials as their own settings.`,
      );
    }
  }
  if (url.protocol === "http:" && !allowInsecureHttp && !isLoopbackHost(url.hostname)) {
    throw new AuthConfigError(
      setting,
      `${setting} uses plain http to ${url.host}, which would send credentials unencrypted; use https, or set allowInsecureHttp: true (C8REST_ALLOW_INSECURE_HTTP=true) if the network is trusted.`,
    );
  }
  return url;
}

/** The URL without query or fragment, for messages (checkUrl already refused credentials in it). */
export function describeUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
