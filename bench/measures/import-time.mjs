// Measure 4: import time. A fresh `node` process per import; the child times its own `import()` (so process start
// is not counted) and reports any warning the package prints.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ratio, summary } from "../lib/stats.mjs";

const cwd = fileURLToPath(new URL("..", import.meta.url));

export const IMPORT_SIDES = [
  { name: "openapi-fetch", specifiers: ["openapi-fetch"] },
  { name: "@c8rest/client", specifiers: ["@c8rest/client"] },
  { name: "@c8rest/client + @c8rest/auth", specifiers: ["@c8rest/client", "@c8rest/auth"] },
  { name: "official client", specifiers: ["@camunda8/orchestration-cluster-api"] },
];

function importOnce(specifiers) {
  const code = `const t0 = performance.now(); ${specifiers.map((s) => `await import(${JSON.stringify(s)});`).join(" ")} console.log(performance.now() - t0);`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`import ${specifiers.join(", ")} failed: ${r.stderr}`);
  return { ms: Number(r.stdout.trim()), stderr: r.stderr.trim() };
}

export async function measureImports({ rounds = 10, log = () => {} } = {}) {
  const samples = Object.fromEntries(IMPORT_SIDES.map((s) => [s.name, []]));
  const warnings = {};
  for (let r = 0; r < rounds; r++) {
    for (const s of IMPORT_SIDES) {
      const { ms, stderr } = importOnce(s.specifiers);
      samples[s.name].push(ms);
      if (stderr) warnings[s.name] = stderr.slice(0, 500);
    }
  }
  log(`  import time: ${rounds} rounds`);
  const rows = IMPORT_SIDES.map((s) => ({ side: s.name, ms: summary(samples[s.name], 1) }));
  const get = (n) => rows.find((x) => x.side === n).ms.median;
  const official = JSON.parse(readFileSync(`${cwd}../node_modules/@camunda8/orchestration-cluster-api/package.json`, "utf8"));
  return {
    rows,
    warnings,
    officialEngines: official.engines?.node ?? null,
    ratioClientAuthToOfficial: ratio(get("@c8rest/client + @c8rest/auth"), get("official client")),
  };
}
