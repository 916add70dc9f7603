import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { makeTempDir } from "../../config/temp-dir.mjs";

const script = join(import.meta.dirname, "..", "size-budget.mjs");
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });

interface Budget {
  name: string;
  entry: string;
  maxGzipBytes: number;
  forbid?: string[];
}
interface BudgetFile {
  spec?: { camundaVersion: string; sha256: string };
  budgets: Budget[];
}
const committed = JSON.parse(readFileSync(join(import.meta.dirname, "..", "size-budget.json"), "utf8")) as BudgetFile;
// The pinned spec, whatever it is: these tests hold after a spec update too.
const meta = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "spec", "spec-meta.json"), "utf8")) as { camundaVersion: string; sha256: string };
const pinned = { camundaVersion: meta.camundaVersion, sha256: meta.sha256 };
const committedForPinned = committed.spec?.sha256 === pinned.sha256;

/** A budget file in a temporary folder (entries stay relative to bench/, as in the committed file). */
function budgetFile(content: BudgetFile): string {
  const file = join(makeTempDir("c8rest-budget-"), "budget.json");
  writeFileSync(file, JSON.stringify(content));
  return file;
}
const sizes = (stdout: string) => [...stdout.matchAll(/: (\d+) bytes min\+gzip/g)].map((m) => Number(m[1]));

describe("size budget (CI)", () => {
  it("the committed budgets record the spec they were measured for", () => {
    expect(committed.spec?.camundaVersion).toMatch(/^\d+\.\d+$/);
    expect(committed.spec?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  // Enforced for the spec the budgets were measured for (the pinned one in the repository); in a clone where
  // `npm run spec:update` pinned another spec, they must be re-measured first (RELEASING.md, spec updates).
  it("with the committed budget: passes and prints the size and the budget, or says to re-measure for another spec", () => {
    const r = run();
    expect(r.stderr).toBe("");
    if (committedForPinned) {
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`ok {3}OAuth \\+ topology program .*: \\d+ bytes min\\+gzip .* budget ${committed.budgets[0]!.maxGzipBytes} bytes`));
      expect(r.stdout).toContain(`size budget: ${committed.budgets.length} passed, 0 failed`);
    } else {
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(`measured for the Camunda ${committed.spec?.camundaVersion} spec`);
      expect(r.stdout).toContain("npm run size-budget -- --update");
    }
  });

  it("fails, printing both numbers and what to do, when the bundle exceeds the budget", () => {
    const file = budgetFile({ spec: pinned, budgets: committed.budgets.map((b) => ({ ...b, maxGzipBytes: 1000 })) });
    const r = run("--budget", file);
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
    writeFileSync(file, JSON.stringify({ spec: pinned, budgets: [{ name: "static undici", entry: join(dir, "program.mjs"), maxGzipBytes: 10_000_000, forbid: ["undici"] }] }));
    const r = run("--budget", file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("FAIL static undici: undici is in the bundle");
  });

  it("budgets of another spec: measures and prints each program, names both specs, fails until re-measured", () => {
    const other = { camundaVersion: "7.1", sha256: "ab".repeat(32) };
    const file = budgetFile({ spec: other, budgets: committed.budgets.map((b) => ({ ...b, maxGzipBytes: 10_000_000 })) });
    const r = run("--budget", file);
    expect(r.status).toBe(1);
    expect(sizes(r.stdout)).toHaveLength(committed.budgets.length);
    for (const b of committed.budgets) expect(r.stdout).toContain(`---- ${b.name}: `);
    expect(r.stdout).toContain("NOT CHECKED: the budgets in");
    expect(r.stdout).toContain("were measured for the Camunda 7.1 spec (sha256 abababababab)");
    expect(r.stdout).toContain(`but the pinned spec is the Camunda ${pinned.camundaVersion} spec (sha256 ${pinned.sha256.slice(0, 12)})`);
    expect(r.stdout).toContain("run `npm run size-budget -- --update`");
    expect(r.stdout).not.toContain("passed");
  });

  it("budgets that name no spec are not checked either", () => {
    const r = run("--budget", budgetFile({ budgets: committed.budgets }));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("do not say which spec they were measured for");
  });

  it("--update writes the sizes measured now as the budgets of the pinned spec; the check then passes", () => {
    const file = budgetFile({ spec: { camundaVersion: "7.1", sha256: "ab".repeat(32) }, budgets: committed.budgets.map((b) => ({ ...b, maxGzipBytes: 1 })) });
    const updated = run("--budget", file, "--update");
    expect(updated.status).toBe(0);
    expect(updated.stdout).toContain(`wrote the sizes measured now as the budgets of the Camunda ${pinned.camundaVersion} spec`);
    const written = JSON.parse(readFileSync(file, "utf8")) as BudgetFile;
    expect(written.spec).toEqual(pinned);
    expect(written.budgets.map((b) => b.maxGzipBytes)).toEqual(sizes(updated.stdout));
    expect(written.budgets.map(({ maxGzipBytes: _, ...rest }) => rest)).toEqual(committed.budgets.map(({ maxGzipBytes: _, ...rest }) => rest));
    const check = run("--budget", file);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(`size budget: ${committed.budgets.length} passed, 0 failed`);
  });
});
