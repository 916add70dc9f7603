import { execFile } from "node:child_process";
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../scripts/generate.mjs";
import { readSpecSource, specDir } from "../scripts/spec-source.mjs";
import { makeTempDir } from "../../../config/temp-dir.mjs";

const run = promisify(execFile);
const committed = join(import.meta.dirname, "..", "src", "generated");
const checkScript = join(import.meta.dirname, "..", "scripts", "check-generated.mjs");
const temps: string[] = [];
function temp(): string {
  const dir = makeTempDir("c8rest-gen-test-");
  temps.push(dir);
  return dir;
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function check(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [checkScript, ...args]);
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

describe("code generation", () => {
  it("starts every file with a header naming the spec file, Camunda version and sha256", () => {
    const { sha256, meta } = readSpecSource();
    for (const name of readdirSync(committed)) {
      const head = readFileSync(join(committed, name), "utf8").split("\n").slice(0, 5).join("\n");
      expect(head).toContain("GENERATED FILE: do not edit by hand");
      expect(head).toContain(`Spec: spec/${meta.file} (Camunda ${meta.camundaVersion})`);
      expect(head).toContain(`Spec sha256: ${sha256}`);
    }
  });

  it("records the spec's real sha256 in spec-meta.json", () => {
    const { sha256, meta } = readSpecSource();
    expect(meta.sha256).toBe(sha256);
  });

  it("is deterministic: two runs give byte-identical output equal to the committed files", async () => {
    const a = temp();
    const b = temp();
    await generate({ outDir: a });
    await generate({ outDir: b });
    for (const name of readdirSync(committed)) {
      const want = readFileSync(join(committed, name));
      expect(readFileSync(join(a, name)).equals(want), `${name} (run 1)`).toBe(true);
      expect(readFileSync(join(b, name)).equals(want), `${name} (run 2)`).toBe(true);
    }
  }, 60_000);

  it("check:generated passes on the committed output", async () => {
    const r = await check([]);
    expect(r.out).toContain("check:generated OK");
    expect(r.code).toBe(0);
  }, 60_000);

  it("check:generated fails, naming the command to run, when the committed output was edited", async () => {
    const dir = temp();
    cpSync(committed, dir, { recursive: true });
    appendFileSync(join(dir, "operations.ts"), "// a hand edit\n");
    const r = await check(["--generated-dir", dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("src/generated/operations.ts differs from what the spec produces");
    expect(r.out).toContain("npm run generate");
  }, 60_000);

  it("check:generated fails when the spec changed but the code was not regenerated", async () => {
    const spec = temp();
    cpSync(specDir, spec, { recursive: true });
    appendFileSync(join(spec, "camunda-rest-api.yaml"), "# changed\n");
    const r = await check(["--spec-dir", spec]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/has sha256 [0-9a-f]{64}, but spec\/spec-meta.json records/);
    expect(r.out).toMatch(/generated header names spec sha256 [0-9a-f]{64}, the spec file has/);
  }, 60_000);

  it("check:generated fails when a generated file is missing", async () => {
    const dir = temp();
    cpSync(committed, dir, { recursive: true });
    rmSync(join(dir, "operations.ts"));
    writeFileSync(join(dir, "stray.ts"), "export {};\n");
    const r = await check(["--generated-dir", dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("src/generated/operations.ts is missing");
    expect(r.out).toContain("src/generated/stray.ts is not produced by the generator");
  }, 60_000);
});
