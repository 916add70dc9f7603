import { join } from "node:path";
import { readFileSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractExamples, runExample, typeErrors } from "../../../config/test-support/markdown-examples.js";
import { startTokenTopologyServer, type TokenTopologyServer } from "../../../config/test-support/token-topology-server.mjs";

const readme = join(import.meta.dirname, "..", "..", "..", "README.md");
const workDir = join(import.meta.dirname, ".tmp-readme");
// The examples of "Use it"; the transport sections' examples run in readme-transport.test.ts.
const transportStart = readFileSync(readme, "utf8").split("\n").indexOf("## Timeouts and cancellation") + 1;
const examples = extractExamples(readme).filter((e) => transportStart === 0 || e.line < transportStart);
const seen: string[] = [];
let fake: TokenTopologyServer;
let address = "";

beforeAll(async () => {
  // The repository's token + topology fake; the search example has no auth, so that route needs no token.
  fake = await startTokenTopologyServer({
    clientId: "readme-client",
    clientSecret: "readme-secret",
    onRequest: (r) => seen.push(`${r.method} ${r.url} ${r.authorization ?? "-"}`),
    requireToken: (_method, path) => path !== "/v2/process-instances/search",
    routes: {
      "POST /v2/process-instances/search": () => ({
        status: 200,
        body: { items: [{ processInstanceKey: "2251799813685249", state: "ACTIVE" }], page: { totalItems: 1 } },
      }),
    },
  });
  address = fake.address;
});
afterAll(async () => {
  await fake.close();
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
    expect(stdout.trim()).toBe("cluster size 1, 1 broker(s), gateway 8.9.0");
    expect(seen).toContain("POST /oauth/token -");
    expect(seen.some((line) => /^GET \/v2\/topology Bearer [0-9a-f]{32}$/.test(line))).toBe(true);
  });

  it("the search example prints the instances", async () => {
    const { stdout } = await runExample(examples[1]!.code, workDir, "run-1", { ZEEBE_REST_ADDRESS: address });
    expect(stdout.trim()).toBe("2251799813685249 ACTIVE");
    expect(seen).toContain("POST /v2/process-instances/search -");
  });
});
