// Checks on the token URL and the API address, done once at configuration time (docs/auth-faults.md #30, #31).
import { isLoopbackHost, schemeProblem } from "@c8rest/client";
import { AuthConfigError } from "./errors.js";

const SECRET_QUERY = /(secret|password|passwd|token|assertion|api[-_]?key)/i;

/**
 * Parses `value` as an http(s) URL for `setting`, refusing credentials in it and plain http to a non-loopback host
 * (unless `allowInsecureHttp`). Error messages never echo the URL: it may hold a secret.
 */
export function checkUrl(value: string | URL, setting: string, allowInsecureHttp: boolean): URL {
  // One wording with @c8rest/client for a missing or wrong scheme, with the likely fix.
  const problem = schemeProblem(setting, String(value).trim());
  if (problem) throw new AuthConfigError(setting, problem);
  let url: URL;
  try {
    url = new URL(String(value).trim());
  } catch {
    // No cause: Node's TypeError carries the input, which may hold a secret.
    throw new AuthConfigError(setting, `${setting} is not a valid URL; set it to e.g. https://login.example.com/oauth/token.`);
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
