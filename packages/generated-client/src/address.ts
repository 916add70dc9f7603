// Addresses as people type them: the one check of an address's form in every package (scheme, URL syntax,
// credentials), with one wording and the likely fix, e.g. for "localhost:8080".

/**
 * True for hosts that never leave the machine: `localhost`, `*.localhost`, 127.0.0.0/8, `::1`
 * (https://www.rfc-editor.org/rfc/rfc6761#section-6.3).
 *
 * @example
 * isLoopbackHost("127.0.0.1"); // true
 */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * An address without anything that could be a credential: user info masked, query and fragment dropped.
 *
 * @example
 * maskAddress("https://id:secret@login.example.com/token?x=1"); // "https://***@login.example.com/token"
 */
export function maskAddress(value: string): string {
  return value.replace(/[?#].*$/, "").replace(/[^/@]*@/g, "***@");
}

/** {@link maskAddress}, quoted and cut to 80 characters, for messages. */
export function describeAddress(value: string): string {
  const cut = maskAddress(value);
  return JSON.stringify(cut.length > 80 ? `${cut.slice(0, 77)}...` : cut);
}

/**
 * The problem of an address's scheme, as one sentence with the fix, or `undefined` when it is `http://` or
 * `https://`. Without a scheme the likely address is suggested: `http://` for a loopback host, else `https://`.
 * Credentials in the value are never repeated.
 *
 * @example
 * schemeProblem("ZEEBE_REST_ADDRESS", "localhost:8080");
 * // 'ZEEBE_REST_ADDRESS "localhost:8080" has no http:// or https:// scheme: did you mean "http://localhost:8080"?'
 */
export function schemeProblem(setting: string, value: string): string | undefined {
  const scheme = /^([a-z][a-z\d+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https") return undefined;
  if (scheme) return `${setting} ${describeAddress(value)} must start with http:// or https://, not ${scheme}://.`;
  const rest = value.replace(/^\/+/, "");
  // The host: after any user info, up to a port, path, query or fragment.
  const host = /^(?:[^/@]*@)?(\[[^\]]*\]|[^:/?#]*)/.exec(rest)![1]!;
  const guess = `${isLoopbackHost(host) ? "http" : "https"}://${rest}`;
  return `${setting} ${describeAddress(value)} has no http:// or https:// scheme: did you mean ${describeAddress(guess)}?`;
}

/**
 * Parses an http(s) address for `setting`: the one check of its form that `@c8rest/client` (`baseUrl`) and
 * `@c8rest/auth` (token URL, `ZEEBE_REST_ADDRESS`) share. Returns the URL, or the problem as a sentence with the fix:
 * no or another scheme ({@link schemeProblem}), not a URL, or credentials in it (`user:password@`, never repeated).
 *
 * @example
 * parseAddress("baseUrl", "http://localhost:8080"); // URL
 * parseAddress("baseUrl", "https://id:pw@gw.example.com"); // "baseUrl must not contain credentials (user:password@): ..."
 */
export function parseAddress(setting: string, value: string): URL | string {
  const problem = schemeProblem(setting, value);
  if (problem) return problem;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // Node's TypeError carries the input, which may hold a secret: the value is shown masked, the error not kept.
    return `${setting} ${describeAddress(value)} is not a valid URL.`;
  }
  if (url.username || url.password) {
    return `${setting} must not contain credentials (user:password@): remove them and set the credentials as their own settings.`;
  }
  return url;
}
