// The root README's "Test your app in CI" example is a test: its files (fences tagged `ts <file name>`) are written
// into a project folder inside this package, so that @c8rest/* resolve from the workspace, and vitest runs them as
// a user's CI would. The same app with a request the spec does not allow must fail the run.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { typeErrors } from "../../../config/test-support/markdown-examples.js";

const run = promisify(execFile);
const readme = join(import.meta.dirname, "..", "..", "..", "README.md");
const workDir = join(import.meta.dirname, ".tmp-readme-ci");
const vitestBin = join(import.meta.dirname, "..", "..", "..", "node_modules", "vitest", "vitest.mjs");

/** The `ts <file>` fences of one README section, by file name. */
function sectionFiles(section: string): Record<string, string> {
  const lines = readFileSync(readme, "utf8").split("\n");
  const start = lines.indexOf(`## ${section}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  const files: Record<string, string> = {};
  for (let i = start; i < end; i++) {
    const name = /^```ts (\S+)$/.exec(lines[i]!.trim())?.[1];
    if (!name) continue;
    const body: string[] = [];
    for (i++; i < end && lines[i]!.trim() !== "```"; i++) body.push(lines[i]!);
    files[name] = body.join("\n");
  }
  return files;
}

async function vitestIn(dir: string, files: Record<string, string>): Promise<{ code: number; output: string }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "readme-ci-app", private: true, type: "module" }));
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
  const env: Record<string, string> = { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? dir, SCARF_ANALYTICS: "false", CI: "true" };
  try {
    const { stdout, stderr } = await run(process.execPath, [vitestBin, "run", "--root", dir], { cwd: dir, env, timeout: 240_000 });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const failed = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

const files = sectionFiles("Test your app in CI");
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('README "Test your app in CI"', () => {
  it("has a global setup, a vitest config and an app test", () => {
    expect(Object.keys(files).sort()).toEqual(["orders.test.ts", "vitest.config.ts", "vitest.global-setup.ts"]);
  });

  it.each(["orders.test.ts", "vitest.global-setup.ts"])("%s type-checks", (name) => {
    expect(typeErrors(files[name]!, join(workDir, "types"), name.replace(/\.ts$/, ""))).toEqual([]);
  }, 60_000);

  it("passes: the app's calls run against the mock cluster", async () => {
    const { code, output } = await vitestIn(join(workDir, "ok"), files);
    expect(output).toMatch(/1 passed/);
    expect(code).toBe(0);
  }, 300_000);

  it('passes with the defaults, as the README says: test.globalSetup: ["@c8rest/mock-cluster/vitest"]', async () => {
    const config = files["vitest.config.ts"]!.replace('"./vitest.global-setup.ts"', '"@c8rest/mock-cluster/vitest"');
    expect(config).toContain('globalSetup: ["@c8rest/mock-cluster/vitest"]');
    const { code, output } = await vitestIn(join(workDir, "defaults"), { "vitest.config.ts": config, "orders.test.ts": files["orders.test.ts"]! });
    expect(output).toMatch(/1 passed/);
    expect(code).toBe(0);
  }, 300_000);

  it("fails the run when the app sends a request the spec does not allow", async () => {
    const broken = { ...files, "orders.test.ts": files["orders.test.ts"]!.replace('state: "ACTIVE"', 'state: "RUNNING" as "ACTIVE"') };
    expect(broken["orders.test.ts"]).not.toBe(files["orders.test.ts"]);
    const { code, output } = await vitestIn(join(workDir, "broken"), broken);
    expect(code).not.toBe(0);
    expect(output).toContain("the app sent requests the API spec does not allow");
    expect(output).toMatch(/POST \/v2\/process-instances\/search: request\.body\.filter\.state/);
  }, 300_000);
});
