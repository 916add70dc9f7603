import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The built package as both module systems load it (turbo builds dist/ before the tests run).
const require = createRequire(import.meta.url);
const fetchTopology = async (request: Request): Promise<Response> =>
  Response.json({ clusterSize: 1, seen: `${request.method} ${request.url}` });

describe("dist builds", () => {
  it("require() of the CommonJS build creates a working client", async () => {
    const cjs = require("../dist/index.cjs") as typeof import("../src/index.js");
    const client = cjs.createCamundaClient({ baseUrl: "http://localhost:8080", fetch: fetchTopology });
    const { data } = await client.GET("/topology");
    expect(data).toMatchObject({ clusterSize: 1, seen: "GET http://localhost:8080/v2/topology" });
  });

  it("import() of the ES module build creates a working client", async () => {
    const esm = (await import("../dist/index.mjs")) as unknown as typeof import("../src/index.js");
    const client = esm.createCamundaClient({ baseUrl: "http://localhost:8080", fetch: fetchTopology });
    const { data } = await client.GET("/topology");
    expect(data).toMatchObject({ clusterSize: 1, seen: "GET http://localhost:8080/v2/topology" });
  });
});
