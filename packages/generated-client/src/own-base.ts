import { ownBasePaths } from "./generated/operations.js";

type Method = (...args: unknown[]) => unknown;

/**
 * Sends the operations that the spec serves at their own base (path- or operation-level `servers`, OpenAPI 3.0.3
 * §4.7.9) to `<address><base>` instead of `<address>/v2`: Camunda 8.10's `/cluster/v2/...` paths are called at
 * `<address>/cluster/v2/...`. Works by giving such calls openapi-fetch's per-call `baseUrl` (a `baseUrl` the caller
 * passes wins). Done by createCamundaClient when the spec has such operations; exported for tests.
 * See https://spec.openapis.org/oas/v3.0.3#path-item-object
 *
 * @example
 * routeOwnBases(client, "http://localhost:8080", { "GET /cluster/v2/topology": "" });
 * await client.GET("/cluster/v2/topology"); // GET http://localhost:8080/cluster/v2/topology
 */
export function routeOwnBases(client: object, address: string, table: Readonly<Record<string, string>> = ownBasePaths): void {
  const c = client as Record<string, Method>;
  const at = (method: unknown, path: unknown, init?: object) => {
    const own = table[`${String(method).toUpperCase()} ${String(path)}`];
    return own === undefined ? init : { baseUrl: address + own, ...init };
  };
  for (const m of ["GET", "PUT", "POST", "DELETE", "PATCH", "request"]) {
    const send = c[m]!;
    c[m] = m === "request" ? (method, path, init) => send(method, path, at(method, path, init as object)) : (path, init) => send(path, at(m, path, init as object));
  }
}
