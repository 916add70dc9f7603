/**
 * Whether `url` bypasses the proxy per a `NO_PROXY` list (comma or space separated): `*` matches every host; an entry
 * matches the host itself and its subdomains (a leading `.` or `*.` is ignored); `host:port` also checks the port.
 * This is the common curl/wget convention; there is no RFC for it.
 *
 * @example
 * bypassesProxy(new URL("https://camunda.internal:8443/v2"), "localhost,.internal"); // true
 */
export function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((raw) => {
      if (raw === "*") return true;
      const m = /^(.*?)(?::(\d+))?$/.exec(raw.toLowerCase().replace(/^\[|\](?=:|$)/g, "")) as RegExpExecArray;
      const name = (m[1] ?? "").replace(/^\*?\./, "");
      if (m[2] && m[2] !== port) return false;
      return host === name || host.endsWith(`.${name}`);
    });
}
