import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { readFileSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractExamples, runExample, typeErrors } from "../../../config/test-support/markdown-examples.js";

const readme = join(import.meta.dirname, "..", "..", "..", "README.md");
const workDir = join(import.meta.dirname, ".tmp-readme");
// The examples of "Use it"; the transport sections' examples run in readme-transport.test.ts.
const transportStart = readFileSync(readme, "utf8").split("\n").indexOf("## Timeouts and cancellation") + 1;
const examples = extractExamples(readme).filter((e) => transportStart === 0 || e.line < transportStart);
const seen: string[] = [];
let server: Server;
let address = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? "-"}`);
    res.setHeader("content-type", "application/json");
    if (req.url === "/oauth/token") {
      // A client-credentials token endpoint (RFC 6749 §4.4): the first example authenticates through it.
      res.end(JSON.stringify({ access_token: "readme-token", token_type: "Bearer", expires_in: 300 }));
    } else if (req.url === "/v2/topology") {
      res.end(JSON.stringify({ clusterSize: 3, brokers: [{}, {}, {}], gatewayVersion: "8.9.0", partitionsCount: 3, replicationFactor: 3 }));
    } else if (req.url === "/v2/process-instances/search") {
      res.end(JSON.stringify({ items: [{ processInstanceKey: "2251799813685249", state: "ACTIVE" }], page: { totalItems: 1 } }));
    } else {
      res.statusCode = 404;
      res.end(JSON.stringify({ title: "NOT_FOUND", status: 404 }));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(workDir, { recursive: true, force: true });
});

describe("README examples", () => {
  it("has the examples this test expects", () => {
    expect(examples.length).toBe(2);
  });

  it.each(examples.map((e, i) => [e.line, i] as const))("example at README.md:%i type-checks", (_line, i) => {
    expect(typeErrors(examples[i]!.code, workDir, `example-${i}`)).toEqual([]);
  }, 60_000);

  it("the topology example prints the cluster", async () => {
    const { stdout } = await runExample(examples[0]!.code, workDir, "run-0", {
      ZEEBE_REST_ADDRESS: address,
      ZEEBE_CLIENT_ID: "readme-client",
      ZEEBE_CLIENT_SECRET: "readme-secret",
      ZEEBE_AUTHORIZATION_SERVER_URL: `${address}/oauth/token`,
      ZEEBE_TOKEN_AUDIENCE: "zeebe-api",
    });
    expect(stdout.trim()).toBe("cluster size 3, 3 broker(s), gateway 8.9.0");
    expect(seen).toEqual(expect.arrayContaining(["POST /oauth/token -", "GET /v2/topology Bearer readme-token"]));
  });

  it("the search example prints the instances", async () => {
    const { stdout } = await runExample(examples[1]!.code, workDir, "run-1", { ZEEBE_REST_ADDRESS: address });
    expect(stdout.trim()).toBe("2251799813685249 ACTIVE");
    expect(seen).toContain("POST /v2/process-instances/search -");
  });
});
