// The compile gate: generated code is type-checked with the client's own sources before spec:update writes it.
// Also the type side of operations with their own `servers` (the client's fixture spec own-servers.yaml).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { generate as generateUntyped } from "../../../packages/generated-client/scripts/generate.mjs";
import { compileGenerated, formatCompileErrors } from "../compile-gate.mjs";
import { updateSpec, SpecUpdateError } from "../spec-update.mjs";
import { cleanUp, repoRoot, sandbox, snapshot, spec89, tempDir } from "./support/sandbox.js";

afterAll(cleanUp);
const generate = generateUntyped as (o: { outDir: string; specDir: string }) => Promise<unknown>;
const ownServers = join(repoRoot, "packages", "generated-client", "test", "fixtures", "own-servers.yaml");

/**
 * The 8.9 fixture with the paths of the client's own-servers fixture added (the client's own sources need the
 * real API's operations, e.g. `/deployments` for its deploy helpers), as YAML text.
 */
function withOwnServerPaths(edit: (doc: any) => void = () => {}): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const doc = parse(readFileSync(spec89, "utf8"));
  const fixture = parse(readFileSync(ownServers, "utf8"));
  for (const [path, item] of Object.entries(fixture.paths as Record<string, Record<string, { operationId?: string }>>)) {
    if (path === "/topology") continue;
    for (const op of Object.values(item)) if (op && typeof op === "object" && op.operationId) op.operationId = `fixture${op.operationId[0]!.toUpperCase()}${op.operationId.slice(1)}`;
    doc.paths[path] = item;
  }
  edit(doc);
  return stringify(doc, { lineWidth: 0 });
}

/** src/generated/ for one spec text, in a temporary folder. */
async function generatedFor(specText: string): Promise<string> {
  const dir = tempDir();
  mkdirSync(join(dir, "spec"));
  writeFileSync(join(dir, "spec", "spec.yaml"), specText);
  writeFileSync(join(dir, "spec", "spec-meta.json"), JSON.stringify({ file: "spec.yaml", camundaVersion: "0.0", sha256: "-" }));
  await generate({ outDir: join(dir, "generated"), specDir: join(dir, "spec") });
  return join(dir, "generated");
}

describe("compileGenerated", () => {
  it("the committed src/generated/ compiles with the client's sources", () => {
    expect(compileGenerated({ generatedDir: join(repoRoot, "packages", "generated-client", "src", "generated") })).toEqual([]);
  }, 120_000);

  it("operations with their own servers: their paths type-check as they are, the /v2-prefixed form does not", async () => {
    const generatedDir = await generatedFor(withOwnServerPaths());
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
    writeFileSync(input, withOwnServerPaths((doc) => (doc.paths["/maintenance"].get.operationId = "get-maintenance")));
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
