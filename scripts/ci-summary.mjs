#!/usr/bin/env node
// Sums the vitest JSON reports of every workspace (test-results/vitest.json) and the CI steps given as
// `--steps PASSED,FAILED`, and prints the closing line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const i = process.argv.indexOf("--steps");
const [stepsPassed, stepsFailed] = (i > 0 ? process.argv[i + 1] : "0,0").split(",").map(Number);

let passed = 0;
let failed = 0;
let skipped = 0;
// Every workspace of the root package.json (packages/*, tools/*, bench) that wrote a vitest report.
const workspaces = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).workspaces;
{
  for (const dir of workspaces) {
    const report = join(root, dir, "test-results", "vitest.json");
    if (!existsSync(report)) continue;
    const r = JSON.parse(readFileSync(report, "utf8"));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    console.log(`tests ${dir}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
  }
}
console.log(`ci steps: ${stepsPassed} passed, ${stepsFailed} failed`);
console.log(`${passed + stepsPassed} passed, ${failed + stepsFailed} failed${skipped ? `, ${skipped} skipped` : ""}`);
