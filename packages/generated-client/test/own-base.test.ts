// Operations with their own `servers` are called at their own base, relative to the cluster address: the table from
// a fixture spec (scripts/own-bases.mjs) and the client's routing (src/own-base.ts) against a local server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectOwnBasePaths } from "../scripts/own-bases.mjs";
import { API_PATH_PREFIX, createCamundaClient, resolveApiBaseUrl } from "../src/index.js";
import { routeOwnBases } from "../src/own-base.js";
import { ownBasePaths } from "../src/generated/operations.js";
import { readSpecSource } from "../scripts/spec-source.mjs";
import { startServer, type TestServer } from "./support/http-server.js";

const fixture = parse(readFileSync(join(import.meta.dirname, "fixtures", "own-servers.yaml"), "utf8"));
const table = collectOwnBasePaths(fixture);

describe("ownBasePaths from the spec", () => {
  it("lists the operations whose path- or operation-level servers differ from the root, with their base path", () => {
    expect(table).toEqual({
      "DELETE /cluster/v2/backups/{backupId}": "",
      "GET /cluster/v2/backups/{backupId}": "",
      "GET /cluster/v2/topology": "",
      "POST /maintenance": "/admin",
    });
  });

  it("the generated table is the pinned spec's", () => {
    expect(ownBasePaths).toEqual(collectOwnBasePaths(parse(readSpecSource().text)));
  });
});

describe("the client calls them at their own base", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => res.writeHead(204).end());
  });
  afterAll(() => server.close());

  /** A client on `address` routed by the fixture's table; returns the request paths the server saw. */
  async function calls(address: string, run: (c: any) => Promise<unknown>): Promise<string[]> {
    const client = createCamundaClient({ baseUrl: address, retry: { maxAttempts: 1 } });
    routeOwnBases(client, resolveApiBaseUrl(address).slice(0, -API_PATH_PREFIX.length), table);
    const from = server.seen.length;
    await run(client);
    return server.seen.slice(from).map((s) => `${s.method} ${s.url}`);
  }

  it("a path-level or operation-level server: at the address; the rest under /v2", async () => {
    const seen = await calls(server.address, async (c) => {
      await c.GET("/topology");
      await c.GET("/cluster/v2/topology");
      await c.GET("/cluster/v2/backups/{backupId}", { params: { path: { backupId: "b-1" } } });
      await c.DELETE("/cluster/v2/backups/{backupId}", { params: { path: { backupId: "b-1" } } });
      await c.GET("/maintenance");
      await c.POST("/maintenance");
      await c.request("post", "/maintenance");
    });
    expect(seen).toEqual([
      "GET /v2/topology",
      "GET /cluster/v2/topology",
      "GET /cluster/v2/backups/b-1",
      "DELETE /cluster/v2/backups/b-1",
      "GET /v2/maintenance",
      "POST /admin/maintenance",
      "POST /admin/maintenance",
    ]);
  });

  it("keeps the address's own path (a gateway under a prefix)", async () => {
    const seen = await calls(`${server.address}/camunda`, async (c) => {
      await c.GET("/topology");
      await c.GET("/cluster/v2/topology");
    });
    expect(seen).toEqual(["GET /camunda/v2/topology", "GET /camunda/cluster/v2/topology"]);
  });

  it("createCamundaClient routes every operation of the generated table (none in Camunda 8.9) and the rest under /v2", async () => {
    const client = createCamundaClient({ baseUrl: `${server.address}/gw`, retry: { maxAttempts: 1 } }) as any;
    const from = server.seen.length;
    await client.GET("/topology");
    const own = Object.entries(ownBasePaths).filter(([key]) => !key.includes("{"));
    for (const [key] of own) await client.request(key.split(" ")[0], key.split(" ")[1]);
    expect(server.seen.slice(from).map((s) => `${s.method} ${s.url}`)).toEqual([
      "GET /gw/v2/topology",
      ...own.map(([key, base]) => `${key.split(" ")[0]} /gw${base}${key.split(" ")[1]}`),
    ]);
  });

  it("a baseUrl the caller passes wins", async () => {
    const seen = await calls(server.address, (c) => c.GET("/cluster/v2/topology", { baseUrl: `${server.address}/elsewhere` }));
    expect(seen).toEqual(["GET /elsewhere/cluster/v2/topology"]);
  });
});
