// Renders bench/results/latest.json as BENCHMARKS.md (root) and bench/results/ratios.svg.
import { existsSync, readFileSync } from "node:fs";
import { ratioChartSvg } from "./chart.mjs";

const fmt = (n, d = 0) => (n == null ? "n/a" : Number(n).toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d }));
const spread = (s, d = 0, unit = "") => (s ? `${fmt(s.median, d)}${unit} (${fmt(s.min, d)} to ${fmt(s.max, d)})` : "n/a");
const x = (r) => (r == null ? "n/a" : `${r.toFixed(2)}x`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
const table = (head, rows) => [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

/** The ratios charted and summarised: @c8rest / official for each measure. */
export function headlineRatios(res) {
  const req = (side, c) => res.requests?.rows.find((r) => r.side === side && r.concurrency === c)?.microsPerRequest;
  const tc = (mode) => res.typecheck?.[`skipLibCheck_${mode}`];
  const imp = (side) => res.imports?.rows.find((r) => r.side === side)?.ms.median;
  const bundle = (p) => res.bundles?.[p]?.gzipBytes;
  const worker = (side) => res.workers?.rows.find((r) => r.side === side);
  return [
    { label: "request time, concurrency 1", value: ratio(req("@c8rest/client + auth", 1), req("official client", 1)) },
    { label: "request time, concurrency 64", value: ratio(req("@c8rest/client + auth", 64), req("official client", 64)) },
    { label: "type-check above floor, skipLibCheck false", value: tc(false)?.ratioAboveFloor ?? null },
    { label: "type-check above floor, skipLibCheck true", value: tc(true)?.ratioAboveFloor ?? null },
    { label: "type-check CPU above floor, skipLibCheck false", value: tc(false)?.cpuRatioAboveFloor ?? null },
    { label: "type-check CPU above floor, skipLibCheck true", value: tc(true)?.cpuRatioAboveFloor ?? null },
    { label: "bundle min+gzip (OAuth + topology)", value: ratio(bundle("c8rest"), bundle("official")) },
    { label: "import time", value: ratio(imp("@c8rest/client + @c8rest/auth"), imp("official client")) },
    // Time per job is 1 / throughput, so that lower is better here too.
    { label: "job worker: time per job (1 / jobs/s)", value: ratio(worker("official client")?.jobsPerSecond.median, worker("@c8rest/worker")?.jobsPerSecond.median) },
    { label: "job worker: client CPU per job", value: ratio(worker("@c8rest/worker")?.cpuMicrosPerJob.median, worker("official client")?.cpuMicrosPerJob.median) },
  ].map((b) => ({ ...b, value: b.value == null || !Number.isFinite(b.value) ? null : Number(b.value.toFixed(2)) }));
}

/**
 * The goals of the request-path issue (issue 12) against this run: each measure, its value, the goal and whether
 * the run met it. Request ratios are to bare fetch; the type-check ratios to the official client.
 */
export function goalRows(res) {
  const req = (side, c) => res.requests?.rows.find((r) => r.side === side && r.concurrency === c)?.ratioToBareFetch;
  const post = res.requests?.postRows?.find((r) => r.side === "@c8rest/client + auth")?.ratioToBareFetch;
  const tc = (mode) => res.typecheck?.[`skipLibCheck_${mode}`]?.ratioAboveFloor;
  const budget = (entry) => res.budgets?.find((b) => b.entry === entry)?.maxGzipBytes;
  const bytes = (k) => res.bundles?.[k]?.gzipBytes;
  const rows = [
    ["`@c8rest/client` + auth, `GET /topology`, concurrency 1, ÷ bare fetch", req("@c8rest/client + auth", 1), 1.08, x],
    ["same, concurrency 64", req("@c8rest/client + auth", 64), 1.12, x],
    ["POST with a body, concurrency 64, ÷ bare fetch", post, 1.15, x],
    ["OAuth + topology program, min+gzip bytes", bytes("c8rest"), 9000, fmt],
    ["browser bundle, client + bearer, min+gzip bytes (goal: the CI budget)", bytes("browser-bearer"), budget("programs/browser-bearer.mjs"), fmt],
    ["consumer type-check above an empty file ÷ official client, skipLibCheck true", tc(true), 0.5, x],
    ["same, skipLibCheck false", tc(false), 0.3, x],
  ];
  return rows.map(([measure, value, goal, show]) => ({
    measure,
    value: value == null ? "n/a" : show(value),
    goal: goal == null ? "n/a" : `<= ${show(goal)}`,
    met: value == null || goal == null ? "n/a" : value <= goal ? "yes" : "no",
  }));
}

/** The floors of the request goals in this run: each reference side's ratio to bare fetch per row of the goals. */
export function floorRows(res) {
  const get = (side, c) => res.requests?.rows.find((r) => r.side === side && r.concurrency === c)?.ratioToBareFetch;
  const post = (side) => res.requests?.postRows?.find((r) => r.side === side)?.ratioToBareFetch;
  return ["fetch + AbortSignal", "openapi-fetch", "openapi-fetch + AbortSignal", "@c8rest/client, fixed token", "@c8rest/client + auth"]
    .filter((side) => get(side, 1) != null || post(side) != null)
    .map((side) => [side, x(get(side, 1)), x(get(side, 64)), x(post(side))]);
}

export function renderChart(res) {
  return ratioChartSvg(headlineRatios(res), { title: `c8rest vs Camunda's official client (${res.meta.date.slice(0, 10)})` });
}

export function renderMarkdown(res, { notesFile } = {}) {
  const m = res.meta;
  const L = [];
  L.push(`# Benchmarks`, ``);
  L.push(`Generated by \`npm run bench\` from \`bench/results/latest.json\`; do not edit by hand (the notes at the end come from \`bench/notes/typecheck.md\`).`, ``);
  L.push(`![ratios @c8rest / official client](bench/results/ratios.svg)`, ``);
  L.push(`## Run`, ``);
  L.push(table(["", ""], [
    ["date", m.date],
    ["duration of the run", `${fmt(m.durationSeconds)} s`],
    ["machine", `${m.cpuModel}, ${m.cpus} cores, ${fmt(m.memoryGb, 1)} GB, ${m.platform}`],
    ["load average (1 min) at start / end", `${m.loadStart} / ${m.loadEnd}`],
    ["Node", m.node],
    ["packages", Object.entries(m.versions).map(([k, v]) => `${k} ${v}`).join(", ")],
    ["commit", m.commit],
    ["options", m.options],
  ]), ``);
  if (m.noisy) {
    L.push(`> **Noise.** This run shared its ${m.cpus} cores with other work (load average ${m.loadStart} at start, ${m.loadEnd} at end), so times vary from round to round; every measure interleaves both sides round by round so that the load hits them alike, and the tables give the median with the range of rounds. Sizes and counts (bundle bytes, type instantiations, token requests) do not depend on load.`, ``);
  }
  L.push(`## Goals of the request-path issue, this run`, ``);
  L.push(table(["measure", "this run", "goal", "met"], goalRows(res).map((g) => [g.measure, g.value, g.goal, g.met])), ``);
  const floors = floorRows(res);
  if (floors.length) {
    L.push(`What the request goals are measured against, same run: \`fetch + AbortSignal\` is bare fetch with an AbortController and a timer per call, the signal given to fetch, which is what any client whose calls can be ended in flight by a deadline pays at least; openapi-fetch alone has no deadline, \`openapi-fetch + AbortSignal\` is openapi-fetch whose fetch gives each call such a signal: the floor of a client on openapi-fetch with an abortable timeout.`, ``);
    L.push(table(["floor", "GET c=1", "GET c=64", "POST c=64"], floors), ``);
  }
  L.push(`## Summary: @c8rest / official client`, ``);
  L.push(table(["measure", "ratio (lower is better)"], headlineRatios(res).map((b) => [b.label, x(b.value)])), ``);

  if (res.requests) {
    L.push(`## 1. Request overhead: \`GET /v2/topology\` against a local server`, ``);
    L.push(`One server process on 127.0.0.1 answers a fixed topology JSON (and issues tokens). Each side makes the call and reads the JSON. Bare fetch, openapi-fetch and \`@c8rest/client, fixed token\` (the client without the auth middleware, to tell the client's own overhead from the auth layer's) send a fixed bearer token; \`@c8rest/client + auth\` uses @c8rest/auth's \`oauthMiddleware\` and the official client its OAuth strategy, both with the token from the local token endpoint, cached after the first call. ${res.requests.rounds} rounds per side, interleaved; requests per second as median (range).`, ``);
    L.push(table(["side", "concurrency", "requests/s", "µs/request", "÷ bare fetch"], res.requests.rows.map((r) => [r.side, r.concurrency, spread(r.requestsPerSecond), fmt(r.microsPerRequest, 1), x(r.ratioToBareFetch)])), ``);
    if (res.requests.postRows) {
      L.push(`### POST with a body: \`POST /v2/process-instances\`, concurrency 64`, ``);
      L.push(`The same server reads a JSON body of about 200 bytes (a process instance with a few variables) and answers the created instance; each side sends it with the fixed token (bare fetch, openapi-fetch) or @c8rest/auth's OAuth middleware, and reads the JSON reply. Interleaved with the rows above, same rounds.`, ``);
      L.push(table(["side", "concurrency", "requests/s", "µs/request", "÷ bare fetch"], res.requests.postRows.map((r) => [r.side, r.concurrency, spread(r.requestsPerSecond), fmt(r.microsPerRequest, 1), x(r.ratioToBareFetch)])), ``);
    }
  }
  if (res.typecheck) {
    L.push(`## 2. Type-check cost`, ``);
    L.push(`A consumer making the same calls (topology, a process-instance search with a filter, a create) for each client (\`bench/typecheck/<side>/consumer.ts\`): strict, \`module: nodenext\`, @types/node, \`tsc --noEmit\` in a fresh process, ${res.typecheck.rounds} rounds interleaved. "Above floor" subtracts the empty file's time of the same round. CPU is user+system time of tsc (all its threads), steadier than wall time on a shared machine.`, ``);
    for (const mode of [false, true]) {
      const t = res.typecheck[`skipLibCheck_${mode}`];
      L.push(`### skipLibCheck: ${mode}`, ``);
      L.push(table(["side", "wall ms", "above floor ms", "CPU above floor ms", "check ms", "peak RSS MB (above floor)", "types", "instantiations"], t.rows.map((r) => [
        r.side, spread(r.wallMs), spread(r.aboveFloorMs), spread(r.cpuAboveFloorMs), fmt(r.checkMs.median), `${fmt(r.maxRssMb.median)}${r.memoryAboveFloorMb == null ? "" : ` (+${fmt(r.memoryAboveFloorMb)})`}`, fmt(r.types), fmt(r.instantiations),
      ])), ``);
      L.push(`Ratio @c8rest / official above floor: wall ${x(t.ratioAboveFloor)}, CPU ${x(t.cpuRatioAboveFloor)}. Instantiations above floor: @c8rest ${fmt(t.instantiationsAboveFloor.c8rest)}, official ${fmt(t.instantiationsAboveFloor.official)}.`, ``);
      const errs = t.rows.filter((r) => r.errors.length);
      for (const r of errs) L.push(`- ${r.side} reported errors: \`${r.errors.slice(0, 2).join("; ")}\``);
      if (errs.length) L.push(``);
    }
  }
  if (res.bundles) {
    L.push(`## 3. Bundle size: the OAuth + topology program`, ``);
    L.push(`esbuild ${m.versions.esbuild}, \`--bundle --minify --format=esm --platform=node\` (the browser program \`--platform=browser\`), gzip level 9. Programs in \`bench/programs/\`. The CI budget (\`node bench/size-budget.mjs\`, \`bench/size-budget.json\`) checks the first row and the browser program.`, ``);
    const names = {
      c8rest: "@c8rest/client + @c8rest/auth + openapi-fetch",
      official: "official client",
      "openapi-fetch": "openapi-fetch alone, token fetched by hand (reference)",
      "browser-bearer": "browser: @c8rest/client + bearerTokenMiddleware (platform browser)",
    };
    L.push(table(["program", "min bytes", "min+gzip bytes", "÷ official (min+gzip)", "largest inputs (min bytes)"], Object.entries(res.bundles).map(([k, b]) => [
      names[k] ?? k, fmt(b.minBytes), fmt(b.gzipBytes), x(ratio(b.gzipBytes, res.bundles.official?.gzipBytes)),
      Object.entries(b.inputs).sort((p, q) => q[1] - p[1]).slice(0, 3).map(([n, v]) => `${n} ${fmt(v)}`).join(", "),
    ])), ``);
  }
  if (res.imports) {
    L.push(`## 4. Import time`, ``);
    L.push(`A fresh \`node\` process per sample times its own \`import()\` of the package(s); ${res.imports.rounds} samples, interleaved.`, ``);
    const off = res.imports.rows.find((r) => r.side === "official client")?.ms.median;
    L.push(table(["import", "ms", "÷ official"], res.imports.rows.map((r) => [r.side, spread(r.ms, 1), x(ratio(r.ms.median, off))])), ``);
    const w = Object.entries(res.imports.warnings ?? {});
    L.push(w.length ? `Warnings printed on import: ${w.map(([k, v]) => `${k}: \`${v}\``).join("; ")}.` : `No package printed a warning on import (Node ${m.node}).`, ``);
    if (res.imports.officialEngines) {
      L.push(`The official client declares \`engines.node ${res.imports.officialEngines}\`: npm's engine check warns (EBADENGINE) when it is installed on Node ${m.node}; at run time it printed nothing and every call of this bench succeeded.`, ``);
    }
  }
  if (res.tokens) {
    L.push(`## 5. Token efficiency`, ``);
    L.push(`Token requests reaching the local endpoint. (a) ${res.tokens[0].concurrentFirstCalls.calls} concurrent first calls on a fresh client. (b) 4 calls every 20 ms for ${res.tokens[0].acrossLifetimes.lifetimes} token lifetimes of ${res.tokens[0].acrossLifetimes.lifetimeSeconds} s.`, ``);
    L.push(table(["side", "(a) token requests", "(a) failed calls", "(b) calls", "(b) token requests", "(b) failed calls"], res.tokens.map((t) => [
      t.side, t.concurrentFirstCalls.tokenRequests, t.concurrentFirstCalls.failed, fmt(t.acrossLifetimes.calls), t.acrossLifetimes.tokenRequests, t.acrossLifetimes.failed,
    ])), ``);
    L.push(`How to read (b): @c8rest/auth refreshes ahead of expiry by 30 s, capped at half the lifetime, so a 4 s token is replaced every 2 s (6 requests in 12 s). The official client refreshes when less than its safety buffer (at least 30 s, its README: "5s skew window plus ... 5% or 30s minimum") remains, which with tokens this short means a new token for nearly every call; with real lifetimes (minutes) both would make about one request per lifetime, but a run over 3 such lifetimes would not fit the bench's time budget.`, ``);
  }
  if (res.codegen) {
    L.push(`## 6. Code generation (@c8rest/client only)`, ``);
    const c = res.codegen;
    L.push(table(["step", "ms"], [
      ["`generate` cold (generator into a temporary folder), median (range)", spread(c.generateColdMs)],
      ["`turbo run generate --force` (no cache read)", fmt(c.turboFirstMs)],
      [`second \`turbo run generate\` (${c.turboSecondCacheHit ? "cache hit" : "NOT a cache hit"})`, fmt(c.turboSecondMs)],
    ]), ``);
  }
  if (res.workers) {
    const w = res.workers;
    const st = w.settings;
    L.push(`## 7. Job worker: a no-op handler against a local fake job server`, ``);
    L.push(`The tests' stateful fake job server (\`config/test-support/fake-job-server.mjs\`: locks, long polls) in a child process. In the bench process, \`createJobWorker\` of @c8rest/worker and of the official client, each on its own job type, with the same settings (\`maxParallelJobs\` ${st.maxParallelJobs}, \`jobTimeoutMs\` ${fmt(st.jobTimeoutMs)}, \`pollTimeoutMs\` ${fmt(st.pollTimeoutMs)}) and a handler that only completes the job. The last row, if present, is a reference: the same HTTP calls by hand with bare fetch (activate a batch, complete it, repeat), no worker: what Node's fetch costs on its own. Each round gives each side ${fmt(w.jobsPerRound)} jobs; jobs/s is that over the time to the last completion, CPU is the bench process's user+system time over the same span per job (the server's is not counted). ${w.rounds} rounds, interleaved; median (range).`, ``);
    const off = w.rows.find((r) => r.side === "official client");
    L.push(table(["side", "jobs/s", "client CPU µs/job", "jobs/s ÷ official", "CPU ÷ official"], w.rows.map((r) => [
      r.side, spread(r.jobsPerSecond), spread(r.cpuMicrosPerJob, 1), x(ratio(r.jobsPerSecond.median, off?.jobsPerSecond.median)), x(ratio(r.cpuMicrosPerJob.median, off?.cpuMicrosPerJob.median)),
    ])), ``);
    L.push(`Goal: at least the official worker's throughput (jobs/s ÷ official ≥ 1.00x) at most half its CPU per job (CPU ÷ official ≤ 0.50x).`, ``);
    const sep = m.measuredSeparately?.workers;
    if (sep) L.push(`Measured separately (\`npm run bench -- --only workers\`) on ${sep.date}, commit ${sep.commit}, load average ${sep.loadStart} / ${sep.loadEnd}${sep.noisy ? ` (busier than half the ${m.cpus} cores: times vary from round to round, hence the ranges; both sides share each round's load)` : ""}.`, ``);
  }
  if (res.completion) {
    L.push(`## Editor latency: a completion via the language service`, ``);
    L.push(table(["position", "side", "ms (median of warm requests)", "entries"], res.completion.rows.map((r) => [`\`${r.at}\``, r.side, spread(r.ms, 1), r.entries])), ``);
  }
  if (notesFile && existsSync(notesFile)) L.push(readFileSync(notesFile, "utf8").trim(), ``);
  return L.join("\n");
}
