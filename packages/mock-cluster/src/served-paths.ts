// Which request paths the mock cluster's API port forwards to Prism: everything under `/v2`, and the paths of the
// operations the spec serves at their own base (Camunda 8.10's `/cluster/v2/...`, see `operationBasePath`).
import { MOCK_API_PREFIX } from "./derive-mock-spec.js";

/** The paths a mock spec serves, as {@link servedPaths} reads them. */
export interface ServedPaths {
  /** Whether a request path (no query) belongs to the API: under `/v2`, or one of the own-base operations' paths. */
  serves(path: string): boolean;
  /** Where the API is, for a 404's `detail`: "under /v2 (e.g. GET /v2/topology)" and the own-base paths, if any. */
  readonly where: string;
}

/** A path template (`/cluster/v2/backups/runtime/{backupId}`) as a regular expression matching one segment per variable. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[^}]*\}/).map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[^/]+")}$`);
}

/**
 * The paths a derived mock spec (see `deriveMockSpec`) serves: its own-base paths are the ones not under `/v2`.
 *
 * @example
 * const served = servedPaths(mockSpec);
 * served.serves("/v2/topology"); // true
 * served.serves("/cluster/v2/topology"); // true with Camunda 8.10's spec, false with 8.9's
 */
export function servedPaths(mockSpec: { paths?: Record<string, unknown> }): ServedPaths {
  const own = Object.keys(mockSpec.paths ?? {}).filter((path) => !path.startsWith(`${MOCK_API_PREFIX}/`));
  const patterns = own.map(templatePattern);
  const also = own.length > 0 ? `, and ${own.length} path(s) at their own base (e.g. ${own[0]})` : "";
  return {
    serves: (path) => path.startsWith(`${MOCK_API_PREFIX}/`) || patterns.some((p) => p.test(path)),
    where: `under ${MOCK_API_PREFIX} (e.g. GET ${MOCK_API_PREFIX}/topology)${also}`,
  };
}
