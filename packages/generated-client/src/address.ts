// Addresses as people type them: the one wording, in every package, for an address without an http(s) scheme
// ("localhost:8080") or with another one, with the likely fix.

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
