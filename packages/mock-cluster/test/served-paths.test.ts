// The API port serves `/v2` and the operations with their own `servers` at their own path (as Camunda 8.10's
// `/cluster/v2/...`), on a small fixture spec with path- and operation-level `servers`.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMockSpec } from "../src/derive-mock-spec.js";
import { servedPaths } from "../src/served-paths.js";
import { startMockCluster, type MockCluster } from "../src/start-mock-cluster.js";
import { fetchToken } from "./contract/send.js";

// The client's fixture spec (path- and operation-level servers), also used by its routing tests.
const FIXTURE = join(import.meta.dirname, "..", "..", "generated-client", "test", "fixtures", "own-servers.yaml");

describe("servedPaths", () => {
  it("serves /v2 and the own-base paths of a mock spec, templates matching one segment per variable", async () => {
    const served = servedPaths(await loadMockSpec(FIXTURE));
    expect(["/v2/topology", "/v2/anything", "/cluster/v2/topology", "/cluster/v2/backups/b-1", "/admin/maintenance"].filter(served.serves)).toHaveLength(5);
    expect(["/topology", "/cluster/v2/backups", "/cluster/v2/backups/a/b", "/cluster/v2/topologyX", "/v2", "/admin/maintenance/x"].filter(served.serves)).toEqual([]);
    expect(served.where).toBe("under /v2 (e.g. GET /v2/topology), and 3 path(s) at their own base (e.g. /cluster/v2/topology)");
  });

  it("says only /v2 when the spec has no own-base operation", () => {
    const served = servedPaths({ paths: { "/v2/topology": {} } });
    expect(served.serves("/cluster/v2/topology")).toBe(false);
    expect(served.where).toBe("under /v2 (e.g. GET /v2/topology)");
  });
});

describe("a mock cluster on a spec with own-base operations", () => {
  let cluster: MockCluster;
  let token: string;
  beforeAll(async () => {
    cluster = await startMockCluster({ spec: FIXTURE });
    token = await fetchToken(cluster);
  }, 90_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  const call = (method: string, path: string, bearer = token) =>
    fetch(`${cluster.address}${path}`, { method, headers: { authorization: `Bearer ${bearer}` } });

  it("answers them at their own path, and the others under /v2", async () => {
    const statuses = [];
    for (const [method, path] of [
      ["GET", "/v2/topology"],
      ["GET", "/cluster/v2/topology"],
      ["GET", "/cluster/v2/backups/b-1"],
      ["DELETE", "/cluster/v2/backups/b-1"],
      ["POST", "/admin/maintenance"],
      ["GET", "/v2/maintenance"],
    ] as const) statuses.push(`${method} ${path} ${(await call(method, path)).status}`);
    expect(statuses).toEqual([
      "GET /v2/topology 200",
      "GET /cluster/v2/topology 200",
      "GET /cluster/v2/backups/b-1 200",
      "DELETE /cluster/v2/backups/b-1 204",
      "POST /admin/maintenance 204",
      "GET /v2/maintenance 200",
    ]);
    expect(cluster.violations()).toEqual([]);
  });

  it("does not serve them under /v2, nor what is not in the spec, and says where the API is", async () => {
    const wrong = await call("GET", "/cluster/v2/nothing");
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as { detail: string }).detail).toBe(
      "No API at /cluster/v2/nothing: the Orchestration Cluster API is served under /v2 (e.g. GET /v2/topology), and 3 path(s) at their own base (e.g. /cluster/v2/topology).",
    );
    expect((await call("GET", "/v2/cluster/v2/topology")).status).toBe(404); // Prism: no operation there
    expect((await call("POST", "/v2/maintenance")).status).toBe(405); // its POST is at /admin
  });

  it("checks the token there too", async () => {
    const refused = await call("GET", "/cluster/v2/topology", "not-a-token");
    expect(refused.status).toBe(401);
  });
});
