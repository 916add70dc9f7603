// Measure 2: type-check cost. The same three calls (topology, a process-instance search with a filter, a create)
// written for each client (typecheck/<side>/consumer.ts), `tsc --noEmit` in a fresh process, both skipLibCheck
// modes, rounds interleaved; the cost of a client is its time above the empty-file floor of the same round.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { median, ratio, summary } from "../lib/stats.mjs";

const require = createRequire(import.meta.url);
const tscJs = require.resolve("typescript/lib/tsc.js");
const wrapper = fileURLToPath(new URL("../lib/tsc-measured.cjs", import.meta.url));
const dir = (side) => fileURLToPath(new URL(`../typecheck/${side}/`, import.meta.url));

export const TYPECHECK_SIDES = [
  { key: "empty", name: "empty file (floor)" },
  { key: "c8rest", name: "@c8rest/client" },
  { key: "official", name: "official client" },
];

/** One tsc run: wall ms, peak RSS, and the compiler's own counters. */
export function runTsc(side, skipLibCheck) {
  const r = spawnSync(process.execPath, [wrapper, tscJs, "-p", `${dir(side)}tsconfig.skiplib-${skipLibCheck}.json`, "--extendedDiagnostics"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  const m = JSON.parse(r.output[3].trim().split("\n").pop());
  const num = (k) => Number(new RegExp(`${k}:\\s+([\\d.]+)`).exec(r.stdout)?.[1]);
  const errors = r.stdout.split("\n").filter((l) => l.includes("error TS"));
  return {
    wallMs: m.wallMs,
    cpuMs: m.cpuMs,
    maxRssMb: m.maxRssKb / 1024,
    checkMs: num("Check time") * 1000,
    types: num("Types"),
    instantiations: num("Instantiations"),
    errors,
  };
}

export async function measureTypecheck({ rounds = 5, log = () => {} } = {}) {
  const out = {};
  for (const skip of [false, true]) {
    const runs = Object.fromEntries(TYPECHECK_SIDES.map((s) => [s.key, []]));
    for (let r = 0; r < rounds; r++) {
      for (const s of TYPECHECK_SIDES) runs[s.key].push(runTsc(s.key, skip));
      log(`  type-check skipLibCheck=${skip}: round ${r + 1}/${rounds}`);
    }
    const rows = [];
    for (const s of TYPECHECK_SIDES) {
      const list = runs[s.key];
      // Above the floor of the same round, so that a slow round does not favour either side.
      const above = list.map((x, i) => x.wallMs - runs.empty[i].wallMs);
      // CPU time (all threads of tsc) is steadier than wall time when other work shares the cores.
      const cpuAbove = list.map((x, i) => x.cpuMs - runs.empty[i].cpuMs);
      rows.push({
        side: s.name,
        key: s.key,
        wallMs: summary(list.map((x) => x.wallMs), 0),
        aboveFloorMs: s.key === "empty" ? null : summary(above, 0),
        cpuMs: summary(list.map((x) => x.cpuMs), 0),
        cpuAboveFloorMs: s.key === "empty" ? null : summary(cpuAbove, 0),
        checkMs: summary(list.map((x) => x.checkMs), 0),
        maxRssMb: summary(list.map((x) => x.maxRssMb), 0),
        memoryAboveFloorMb: s.key === "empty" ? null : Math.round(median(list.map((x, i) => x.maxRssMb - runs.empty[i].maxRssMb))),
        types: list[0].types,
        instantiations: list[0].instantiations,
        errors: list[0].errors,
      });
    }
    const c8 = rows.find((x) => x.key === "c8rest");
    const off = rows.find((x) => x.key === "official");
    out[`skipLibCheck_${skip}`] = {
      rows,
      ratioAboveFloor: ratio(c8.aboveFloorMs.median, off.aboveFloorMs.median),
      cpuRatioAboveFloor: ratio(c8.cpuAboveFloorMs.median, off.cpuAboveFloorMs.median),
      instantiationsAboveFloor: { c8rest: c8.instantiations - rows[0].instantiations, official: off.instantiations - rows[0].instantiations },
    };
  }
  return out;
}
