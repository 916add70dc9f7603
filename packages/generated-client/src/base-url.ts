import { describeAddress as describe, parseAddress } from "./address.js";
import { CamundaConfigError } from "./errors.js";

/** The path prefix of the Orchestration Cluster REST API (the spec's `servers` URL ends in it). */
export const API_PATH_PREFIX = "/v2";

const EXAMPLE = 'e.g. "http://localhost:8080" (self-managed) or "https://<region>.zeebe.camunda.io/<cluster-id>" (SaaS)';

/**
 * Turns a cluster's REST address as Camunda's docs give it (`http://localhost:8080`, `ZEEBE_REST_ADDRESS`) into the
 * base URL of the `/v2` API. An address that already ends in `/v2` (with or without a trailing slash) is kept as it is.
 * See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-overview/
 *
 * @throws {CamundaConfigError} when the address is missing, not an absolute http(s) URL, or carries credentials,
 *   a query or a fragment.
 * @example
 * resolveApiBaseUrl("http://localhost:8080"); // "http://localhost:8080/v2"
 * resolveApiBaseUrl("https://example.com/cluster/v2/"); // "https://example.com/cluster/v2"
 */
export function resolveApiBaseUrl(address: string | URL | undefined | null, option = "baseUrl"): string {
  if (address === undefined || address === null || String(address).trim() === "") {
    throw new CamundaConfigError(
      option,
      `${option} is missing: pass the cluster's REST address, ${EXAMPLE} (the value of ZEEBE_REST_ADDRESS).`,
    );
  }
  if (typeof address !== "string" && !(address instanceof URL)) {
    throw new CamundaConfigError(option, `${option} must be a string or URL, got ${typeof address}.`);
  }
  const raw = String(address).trim();
  const url = parseAddress(option, raw);
  if (typeof url === "string") throw new CamundaConfigError(option, url);
  if (url.search || url.hash) {
    throw new CamundaConfigError(option, `${option} ${describe(raw)} must not have a query string or fragment.`);
  }
  const path = url.pathname.replace(/\/+$/, "");
  const withPrefix = path.endsWith(API_PATH_PREFIX) ? path : `${path}${API_PATH_PREFIX}`;
  return `${url.origin}${withPrefix}`;
}
