#!/usr/bin/env node
// `npm run bench` (at the root): runs every measure, writes bench/results/latest.json, BENCHMARKS.md and
// bench/results/ratios.svg. Options: --quick (fewer rounds), --only a,b (measures: requests, typecheck, bundles,
// imports, tokens, codegen, completion, workers; the other sections of latest.json are kept, and the report says
// when the measured ones ran), --render (only re-render from latest.json).
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { bundleSize } from "./lib/bundle.mjs";
import { renderChart, renderMarkdown } from "./lib/report.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const arg = (n) => process.argv.includes(n);
const only = (() => {
  const i = process.argv.indexOf("--only");
  return i > 0 ? new Set(process.argv[i + 1].split(",")) : null;
})();
const want = (k) => !only || only.has(k);
const quick = arg("--quick");
const log = (s) => console.log(s);
const resultsFile = `${here}results/latest.json`;

function version(pkg) {
  try {
    return require(`${pkg}/package.json`).version;
  } catch {
    return JSON.parse(readFileSync(`${root}node_modules/${pkg}/package.json`, "utf8")).version;
  }
}

function write(res) {
  mkdirSync(`${here}results`, { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(res, null, 2) + "\n");
  writeFileSync(`${here}results/ratios.svg`, renderChart(res));
  writeFileSync(`${root}BENCHMARKS.md`, renderMarkdown(res, { notesFile: `${here}notes/typecheck.md` }));
  log(`wrote bench/results/latest.json, bench/results/ratios.svg, BENCHMARKS.md`);
}

/** A partial run (--only) replaces its sections of the last results and records when they were measured. */
function mergeInto(previous, partial) {
  const { meta, ...sections } = partial;
  const when = { date: meta.date, commit: meta.commit, loadStart: meta.loadStart, loadEnd: meta.loadEnd, durationSeconds: meta.durationSeconds, noisy: meta.noisy };
  const separately = { ...previous.meta?.measuredSeparately };
  for (const k of Object.keys(sections)) separately[k] = when;
  return { ...previous, ...sections, meta: { ...previous.meta, versions: { ...previous.meta?.versions, ...meta.versions }, measuredSeparately: separately } };
}

if (arg("--render")) {
  write(JSON.parse(readFileSync(resultsFile, "utf8")));
  process.exit(0);
}

const started = Date.now();
const load = () => os.loadavg()[0].toFixed(2);
const res = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    cpus: os.cpus().length,
    memoryGb: os.totalmem() / 2 ** 30,
    loadStart: load(),
    commit: (() => {
      try {
        return execSync("git rev-parse --short HEAD", { cwd: root, encoding: "utf8" }).trim();
      } catch {
        return "unknown";
      }
    })(),
    options: process.argv.slice(2).join(" ") || "(default)",
    versions: {
      "@c8rest/client": version("@c8rest/client"),
      "@c8rest/auth": version("@c8rest/auth"),
      "@c8rest/worker": version("@c8rest/worker"),
      "openapi-fetch": version("openapi-fetch"),
      "@camunda8/orchestration-cluster-api": version("@camunda8/orchestration-cluster-api"),
      typescript: version("typescript"),
      esbuild: version("esbuild"),
    },
  },
};

// Sizes first: they need no quiet machine.
if (want("bundles")) {
  res.bundles = {};
  for (const p of ["c8rest", "official", "openapi-fetch"]) res.bundles[p] = await bundleSize(`${here}programs/${p}.mjs`);
  res.bundles["browser-bearer"] = await bundleSize(`${here}programs/browser-bearer.mjs`, { platform: "browser" });
  res.budgets = JSON.parse(readFileSync(`${here}size-budget.json`, "utf8")).budgets.map(({ name, entry, maxGzipBytes }) => ({ name, entry, maxGzipBytes }));
  log(`  bundles: done`);
}
if (want("imports")) {
  const { measureImports } = await import("./measures/import-time.mjs");
  const rounds = quick ? 5 : 10;
  res.imports = { rounds, ...(await measureImports({ rounds, log })) };
}
if (want("requests")) {
  const { measureRequests } = await import("./measures/request.mjs");
  const rounds = quick ? 3 : 5;
  res.requests = { rounds, ...(await measureRequests({ rounds, perRound: quick ? { 1: 300, 64: 1500 } : { 1: 600, 64: 3000 }, log })) };
}
if (want("tokens")) {
  const { measureTokens } = await import("./measures/tokens.mjs");
  res.tokens = await measureTokens({ log });
}
if (want("typecheck")) {
  const { measureTypecheck } = await import("./measures/typecheck.mjs");
  const rounds = quick ? 3 : 5;
  res.typecheck = { rounds, ...(await measureTypecheck({ rounds, log })) };
}
if (want("completion")) {
  const { measureCompletion } = await import("./measures/completion.mjs");
  res.completion = await measureCompletion({ log });
}
if (want("workers")) {
  const { measureWorkers } = await import("./measures/workers.mjs");
  res.workers = await measureWorkers({ rounds: quick ? 3 : 9, jobsPerRound: 1_000, log });
}
if (want("codegen")) {
  const { measureCodegen } = await import("./measures/codegen.mjs");
  res.codegen = await measureCodegen({ rounds: quick ? 1 : 3, log });
}

res.meta.loadEnd = load();
res.meta.durationSeconds = (Date.now() - started) / 1000;
res.meta.noisy = Number(res.meta.loadStart) > 0.5 * res.meta.cpus || Number(res.meta.loadEnd) > 0.5 * res.meta.cpus;
write(only && existsSync(resultsFile) ? mergeInto(JSON.parse(readFileSync(resultsFile, "utf8")), res) : res);
log(`bench finished in ${res.meta.durationSeconds.toFixed(0)} s`);
