// createCamundaClient with a generated table that has own-base operations (as Camunda 8.10's spec does): every way of
// calling (methods, request, withCallOptions views, paginate's calls go through the same methods) is routed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCamundaClient, withCallOptions } from "../src/index.js";
import { startServer, type TestServer } from "./support/http-server.js";

vi.mock("../src/generated/operations.js", async (importOriginal) => {
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { parse } = await import("yaml");
  const { collectOwnBasePaths } = await import("../scripts/own-bases.mjs");
  const fixture = parse(readFileSync(join(import.meta.dirname, "fixtures", "own-servers.yaml"), "utf8"));
  return { ...(await importOriginal<object>()), ownBasePaths: collectOwnBasePaths(fixture) };
});

describe("createCamundaClient routes own-base operations of its generated table", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => res.writeHead(204).end());
  });
  afterAll(() => server.close());

  it("through the methods, request and a withCallOptions view, keeping the address's own path", async () => {
    const client = createCamundaClient({ baseUrl: `${server.address}/camunda`, retry: { maxAttempts: 1 } }) as any;
    const from = server.seen.length;
    await client.GET("/topology");
    await client.GET("/cluster/v2/topology");
    await client.request("post", "/maintenance");
    await (withCallOptions(client, { timeoutMs: 5_000 }) as any).GET("/cluster/v2/topology");
    await (withCallOptions(client, { timeoutMs: 5_000 }) as any).POST("/maintenance");
    expect(server.seen.slice(from).map((s) => `${s.method} ${s.url}`)).toEqual([
      "GET /camunda/v2/topology",
      "GET /camunda/cluster/v2/topology",
      "POST /camunda/admin/maintenance",
      "GET /camunda/cluster/v2/topology",
      "POST /camunda/admin/maintenance",
    ]);
  });
});
