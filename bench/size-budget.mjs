#!/usr/bin/env node
// CI size budget: bundles each program of size-budget.json with esbuild and fails when its min+gzip size exceeds
// the budget, printing both numbers. Needs the packages built (`npm run build`).
// Usage: node bench/size-budget.mjs [--budget FILE] (default bench/size-budget.json; the option exists for tests)
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleSize } from "./lib/bundle.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const i = process.argv.indexOf("--budget");
const { budgets } = JSON.parse(readFileSync(i > 0 ? process.argv[i + 1] : `${here}size-budget.json`, "utf8"));
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;

for (const pkg of ["generated-client", "auth"]) {
  if (!existsSync(`${here}../packages/${pkg}/dist/index.mjs`)) {
    console.error(`size budget: packages/${pkg}/dist is missing; run \`npm run build\` first.`);
    process.exit(2);
  }
}

let failed = 0;
for (const b of budgets) {
  const size = await bundleSize(resolve(here, b.entry), { platform: b.platform ?? "node" });
  const over = size.gzipBytes > b.maxGzipBytes;
  const forbidden = (b.forbid ?? []).filter((name) => name in size.inputs);
  if (over || forbidden.length > 0) failed++;
  const parts = Object.entries(size.inputs)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${kb(v)}`)
    .join(", ");
  console.log(
    `${over ? "FAIL" : "ok  "} ${b.name}: ${size.gzipBytes} bytes min+gzip (${kb(size.gzipBytes)}), budget ${b.maxGzipBytes} bytes (${kb(b.maxGzipBytes)}); ${size.minBytes} bytes minified [${parts}]`,
  );
  if (over) console.log(`     over by ${size.gzipBytes - b.maxGzipBytes} bytes: shrink the code or raise the budget in bench/size-budget.json with a reason.`);
  for (const name of forbidden) {
    console.log(`FAIL ${b.name}: ${name} is in the bundle; it must only be loaded by a dynamic import (see the budget's forbid list).`);
  }
}
console.log(`size budget: ${budgets.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
