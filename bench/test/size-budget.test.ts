import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { makeTempDir } from "../../config/temp-dir.mjs";

const script = join(import.meta.dirname, "..", "size-budget.mjs");
const run = (budgetFile?: string) =>
  spawnSync(process.execPath, [script, ...(budgetFile ? ["--budget", budgetFile] : [])], { encoding: "utf8" });

describe("size budget (CI)", () => {
  it("passes with the committed budget and prints the size and the budget", () => {
    const r = run();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const budget = JSON.parse(readFileSync(join(import.meta.dirname, "..", "size-budget.json"), "utf8")).budgets[0].maxGzipBytes;
    expect(r.stdout).toMatch(new RegExp(`ok {3}OAuth \\+ topology program .*: \\d+ bytes min\\+gzip .* budget ${budget} bytes`));
  });

  it("fails, printing both numbers and what to do, when the bundle exceeds the budget", () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, "..", "size-budget.json"), "utf8"));
    const file = join(makeTempDir("c8rest-budget-"), "budget.json");
    // Entries are relative to bench/, as in the committed file.
    writeFileSync(file, JSON.stringify({ budgets: committed.budgets.map((b: object) => ({ ...b, maxGzipBytes: 1000 })) }));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FAIL OAuth \+ topology program .*: (\d+) bytes min\+gzip .* budget 1000 bytes/);
    expect(r.stdout).toMatch(/over by \d+ bytes: shrink the code or raise the budget/);
    expect(r.stdout).toContain(`size budget: 0 passed, ${committed.budgets.length} failed`);
  });

  it("fails when a forbidden package is bundled", () => {
    // Inside bench/ so that esbuild resolves undici from the workspace's node_modules.
    const dir = mkdtempSync(join(import.meta.dirname, "..", ".tmp-budget-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, "program.mjs"), 'import { Agent } from "undici";\nconsole.log(typeof Agent);\n');
    const file = join(dir, "budget.json");
    writeFileSync(file, JSON.stringify({ budgets: [{ name: "static undici", entry: join(dir, "program.mjs"), maxGzipBytes: 10_000_000, forbid: ["undici"] }] }));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("FAIL static undici: undici is in the bundle");
  });
});
