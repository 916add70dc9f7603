// Checks on the token URL and the API address, done once at configuration time (docs/auth-faults.md #30, #31).
import { isLoopbackHost, parseAddress } from "@c8rest/client";
import { AuthConfigError } from "./errors.js";

const SECRET_QUERY = /(secret|password|passwd|token|assertion|api[-_]?key)/i;

/**
 * Parses `value` as an http(s) URL for `setting`, refusing credentials in it and plain http to a non-loopback host
 * (unless `allowInsecureHttp`). Error messages never echo credentials, the query or the URL of a valid address.
 */
export function checkUrl(value: string | URL, setting: string, allowInsecureHttp: boolean): URL {
  // The form (scheme, syntax, credentials) is checked as @c8rest/client checks its baseUrl, in the same words.
  const url = parseAddress(setting, String(value).trim());
  if (typeof url === "string") throw new AuthConfigError(setting, url);
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
