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
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  return `c8rest-client/${CLIENT_VERSION} camunda-api/${specCamundaVersion}${node ? ` node/${node}` : ""}`;
}
