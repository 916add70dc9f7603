import { specCamundaVersion } from "../generated/operations.js";

declare const __C8REST_VERSION__: string | undefined;

/** The package version, set at build time (tsdown `define`); `0.0.0-dev` when run from source. */
export const CLIENT_VERSION: string = typeof __C8REST_VERSION__ === "string" ? __C8REST_VERSION__ : "0.0.0-dev";

/**
 * The `User-Agent` the transport sends unless the request has one (RFC 9110 §10.1.5): this package's version, the
 * Camunda version of the spec it was generated from, and the Node version.
 *
 * @example
 * defaultUserAgent(); // "c8rest-client/1.2.0 camunda-api/8.9 node/20.20.2"
 */
export function defaultUserAgent(): string {
  const node = nodeVersion();
  return `c8rest-client/${CLIENT_VERSION} camunda-api/${specCamundaVersion}${node ? ` node/${node}` : ""}`;
}

const nodeVersion = (): string | undefined => (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;

/**
 * The `User-Agent` the transport sets by default: {@link defaultUserAgent} where the runtime lets a program set it
 * (Node, and runtimes with `process.versions.node`), none elsewhere. Browsers forbid or ignore the header
 * (https://fetch.spec.whatwg.org/#forbidden-request-header), and a header that is not CORS-safelisted would force a
 * preflight on every cross-origin call (https://fetch.spec.whatwg.org/#cors-safelisted-request-header).
 *
 * @example
 * runtimeUserAgent(); // "c8rest-client/1.2.0 camunda-api/8.9 node/20.20.2" in Node, undefined in a browser
 */
export function runtimeUserAgent(): string | undefined {
  return nodeVersion() ? defaultUserAgent() : undefined;
}
