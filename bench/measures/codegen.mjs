// Measure 6: code generation. `generate` cold (the generator into a temporary folder, no cache), then
// `turbo run generate` twice: the second run must be a cache hit. Our side only: the official client ships no
// generator to its users.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { summary } from "../lib/stats.mjs";
import { makeTempDir, removeTempDir } from "../../config/temp-dir.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", NO_COLOR: "1", FORCE_COLOR: "0" };

function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}): ${r.stderr.slice(0, 400)}`);
  return { ms, out: r.stdout + r.stderr };
}

export async function measureCodegen({ rounds = 3, log = () => {} } = {}) {
  const cold = [];
  for (let i = 0; i < rounds; i++) {
    const out = makeTempDir("c8rest-bench-gen-");
    try {
      cold.push(timed(process.execPath, ["packages/generated-client/scripts/generate.mjs", "--out", out]).ms);
    } finally {
      removeTempDir(out);
    }
  }
  log("  codegen: cold runs done");
  const turbo = join(root, "node_modules", ".bin", "turbo");
  const args = ["run", "generate", "--filter=@c8rest/client", "--output-logs=errors-only"];
  const first = timed(turbo, [...args, "--force"]);
  const second = timed(turbo, args);
  const hit = /FULL TURBO|cache hit/i.test(second.out);
  log("  codegen: turbo runs done");
  return {
    generateColdMs: summary(cold, 0),
    turboFirstMs: Math.round(first.ms),
    turboSecondMs: Math.round(second.ms),
    turboSecondCacheHit: hit,
  };
}
