#!/usr/bin/env node
// CI size budget: bundles each program of size-budget.json with esbuild and fails when its min+gzip size exceeds
// the budget, printing both numbers. Needs the packages built (`npm run build`).
// The client's generated tables come from the spec, so the budgets hold for the spec they were measured for (the
// file's `spec`, as spec/spec-meta.json recorded it). With another spec pinned (after `npm run spec:update`) the
// check measures and prints, says that the budgets must be re-measured, and fails: `--update` re-measures.
// Usage: node bench/size-budget.mjs [--budget FILE] [--update]
//   --budget FILE  another budget file (default bench/size-budget.json; the option exists for tests)
//   --update       write the sizes measured now as the budgets, for the pinned spec (after a spec update)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleSize } from "./lib/bundle.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const i = process.argv.indexOf("--budget");
const budgetFile = i > 0 ? resolve(process.argv[i + 1]) : `${here}size-budget.json`;
const update = process.argv.includes("--update");
const config = JSON.parse(readFileSync(budgetFile, "utf8"));
const { budgets } = config;
const shown = relative(process.cwd(), budgetFile) || budgetFile;
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
const specName = (s) => `Camunda ${s.camundaVersion} spec (sha256 ${String(s.sha256).slice(0, 12)})`;

for (const pkg of ["generated-client", "auth"]) {
  if (!existsSync(`${here}../packages/${pkg}/dist/index.mjs`)) {
    console.error(`size budget: packages/${pkg}/dist is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
}

const { camundaVersion, sha256 } = JSON.parse(readFileSync(`${here}../spec/spec-meta.json`, "utf8"));
const pinned = { camundaVersion, sha256 };
// Budgets measured for another spec (or for none recorded) are measured and printed, not enforced.
const forPinned = config.spec?.sha256 === pinned.sha256;
const enforced = forPinned && !update;

let failed = 0;
for (const b of budgets) {
  const size = await bundleSize(resolve(here, b.entry), { platform: b.platform ?? "node" });
  const over = size.gzipBytes > b.maxGzipBytes;
  const forbidden = (b.forbid ?? []).filter((name) => name in size.inputs);
  if ((over && enforced) || forbidden.length > 0) failed++;
  const parts = Object.entries(size.inputs)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${kb(v)}`)
    .join(", ");
  const mark = !enforced ? "----" : over ? "FAIL" : "ok  ";
  console.log(
    `${mark} ${b.name}: ${size.gzipBytes} bytes min+gzip (${kb(size.gzipBytes)}), budget ${b.maxGzipBytes} bytes (${kb(b.maxGzipBytes)}); ${size.minBytes} bytes minified [${parts}]`,
  );
  if (over && enforced) console.log(`     over by ${size.gzipBytes - b.maxGzipBytes} bytes: shrink the code or raise the budget in bench/size-budget.json with a reason.`);
  for (const name of forbidden) {
    console.log(`FAIL ${b.name}: ${name} is in the bundle; it must only be loaded by a dynamic import (see the budget's forbid list).`);
  }
  if (update) b.maxGzipBytes = size.gzipBytes;
}

if (update) {
  if (failed > 0) {
    console.log(`size budget: ${failed} program(s) bundle a forbidden package; ${shown} not updated.`);
    process.exit(1);
  }
  writeFileSync(budgetFile, `${JSON.stringify({ ...config, spec: pinned, budgets }, null, 2)}\n`);
  console.log(`size budget: wrote the sizes measured now as the budgets of the ${specName(pinned)} to ${shown}; commit it with the spec update.`);
  process.exit(0);
}
if (!forPinned) {
  const measuredFor = config.spec ? `were measured for the ${specName(config.spec)}` : "do not say which spec they were measured for";
  console.log(
    `size budget: NOT CHECKED: the budgets in ${shown} ${measuredFor}, but the pinned spec is the ${specName(pinned)} ` +
      "(spec/spec-meta.json). The client's generated tables are part of the bundle, so the budgets must be re-measured " +
      "for this spec: run `npm run size-budget -- --update` and commit the file with the spec update.",
  );
  process.exit(1);
}
console.log(`size budget: ${budgets.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
