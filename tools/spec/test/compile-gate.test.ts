// The compile gate: generated code is type-checked with the client's own sources before spec:update writes it.
// Also the type side of operations with their own `servers` (the client's fixture spec own-servers.yaml).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate as generateUntyped } from "../../../packages/generated-client/scripts/generate.mjs";
import { compileGenerated, formatCompileErrors } from "../compile-gate.mjs";
import { updateSpec, SpecUpdateError } from "../spec-update.mjs";
import { cleanUp, repoRoot, sandbox, snapshot, tempDir } from "./support/sandbox.js";

afterAll(cleanUp);
const generate = generateUntyped as (o: { outDir: string; specDir: string }) => Promise<unknown>;
const ownServers = join(repoRoot, "packages", "generated-client", "test", "fixtures", "own-servers.yaml");

/** src/generated/ for one spec file, in a temporary folder. */
async function generatedFor(specFile: string): Promise<string> {
  const dir = tempDir();
  mkdirSync(join(dir, "spec"));
  cpSync(specFile, join(dir, "spec", "spec.yaml"));
  writeFileSync(join(dir, "spec", "spec-meta.json"), JSON.stringify({ file: "spec.yaml", camundaVersion: "0.0", sha256: "-" }));
  await generate({ outDir: join(dir, "generated"), specDir: join(dir, "spec") });
  return join(dir, "generated");
}

describe("compileGenerated", () => {
  it("the committed src/generated/ compiles with the client's sources", () => {
    expect(compileGenerated({ generatedDir: join(repoRoot, "packages", "generated-client", "src", "generated") })).toEqual([]);
  }, 120_000);

  it("operations with their own servers: their paths type-check as they are, the /v2-prefixed form does not", async () => {
    const generatedDir = await generatedFor(ownServers);
    const consumer = (line: string) => ({
      "consumer.ts": [
        `import { createCamundaClient } from "./src/index.js";`,
        `import { ownBasePaths } from "./src/generated/operations.js";`,
        `const client = createCamundaClient({ baseUrl: "http://localhost:8080" });`,
        `void client.GET("/cluster/v2/topology");`,
        `void client.DELETE("/cluster/v2/backups/{backupId}", { params: { path: { backupId: "b-1" } } });`,
        `void client.POST("/maintenance");`,
        `const base: string | undefined = ownBasePaths["GET /cluster/v2/topology"];`,
        `void base;`,
        line,
        ``,
      ].join("\n"),
    });
    expect(compileGenerated({ generatedDir, extraFiles: consumer(`void client.GET("/topology");`) })).toEqual([]);
    const errors = compileGenerated({ generatedDir, extraFiles: consumer(`void client.GET("/v2/cluster/v2/topology");`) });
    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual(["consumer.ts:9"]);
  }, 120_000);
});

describe("spec:update's compile gate", () => {
  it("a spec whose generated code does not compile: C8REST_SPEC_INVALID naming the first errors, nothing written", async () => {
    const box = await sandbox();
    const before = snapshot(box.root);
    const input = join(box.root, "camunda-9.9.yaml");
    // An operationId that is not an identifier: the operation table's key does not parse.
    writeFileSync(input, readFileSync(ownServers, "utf8").replace("operationId: getTopology", "operationId: get-topology"));
    const err = (await updateSpec({ input, ...box }).catch((e: unknown) => e)) as SpecUpdateError;
    expect(err).toBeInstanceOf(SpecUpdateError);
    expect(err.code).toBe("C8REST_SPEC_INVALID");
    expect(err.message).toContain("does not compile with the client's sources");
    expect(err.message).toMatch(/src\/generated\/operations\.ts\(\d+,\d+\): TS\d+/);
    const { [input.slice(box.root.length + 1)]: _input, ...after } = snapshot(box.root);
    expect(after).toEqual(before);
  }, 120_000);

  it("formats at most the first errors", () => {
    const e = { file: "src/a.ts", line: 1, column: 2, code: "TS2339", message: "Property 'x' does not exist" };
    expect(formatCompileErrors([e, e, e], 2)).toBe("  src/a.ts(1,2): TS2339 Property 'x' does not exist\n  src/a.ts(1,2): TS2339 Property 'x' does not exist\n  ... and 1 more");
  });
});
