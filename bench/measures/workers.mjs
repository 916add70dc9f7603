// Measure: job workers. The stateful fake job server of the tests (config/test-support/fake-job-server.mjs) runs in a
// child process; in this process @c8rest/worker's createJobWorker and the official client's createJobWorker work on
// their own job type each, with the same settings and a no-op handler that completes the job. Per round each side
// gets a batch of jobs; jobs/s is the batch over the wall time until its last completion, CPU is this process's
// user+system time over the same span (the server's CPU is not counted), per job. Rounds interleave the sides. A third
// row makes the same HTTP calls with bare fetch and no worker: the floor that Node's fetch sets.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createCamundaClient } from "@c8rest/client";
import { createJobWorker } from "@c8rest/worker";
import { ratio, summary } from "../lib/stats.mjs";

const serverFile = fileURLToPath(new URL("../../config/test-support/fake-job-server.mjs", import.meta.url));
export const WORKER_SETTINGS = { maxParallelJobs: 32, jobTimeoutMs: 30_000, pollTimeoutMs: 10_000 };

async function startJobServer() {
  const child = spawn(process.execPath, [serverFile], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = await once(createInterface({ input: child.stdout }), "line");
  const origin = `http://127.0.0.1:${JSON.parse(line).port}`;
  return {
    origin,
    async addJobs(type, count) {
      const res = await fetch(`${origin}/test/jobs`, { method: "POST", body: JSON.stringify({ type, count, variables: { orderId: "o-1", amount: 42 } }) });
      if (!res.ok) throw new Error(`fake job server: HTTP ${res.status}`);
      await res.arrayBuffer();
    },
    async stats() {
      return (await fetch(`${origin}/test/stats`)).json();
    },
    async stop() {
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

/** A side: a running worker and a counter of completed jobs; `stop()` ends it. */
function c8restSide(origin) {
  const side = { name: "@c8rest/worker", type: "bench-c8rest", done: 0 };
  const worker = createJobWorker(createCamundaClient({ baseUrl: origin }), {
    type: side.type,
    ...WORKER_SETTINGS,
    logLevel: "error",
    handler: async (job) => {
      const outcome = await job.complete();
      if (outcome.settled) side.done++;
    },
  });
  side.stop = () => worker.stop({ graceMs: 1_000 });
  return side;
}

/** The floor: the same HTTP calls by hand with bare fetch (batches of activation, then their completions), no worker. */
function bareSide(origin) {
  const side = { name: "bare fetch (reference, no worker)", type: "bench-bare", done: 0 };
  const controller = new AbortController();
  const post = (path, body) =>
    fetch(`${origin}/v2${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: controller.signal });
  (async () => {
    for (;;) {
      const res = await post("/jobs/activation", { type: side.type, worker: "bare", maxJobsToActivate: WORKER_SETTINGS.maxParallelJobs, timeout: WORKER_SETTINGS.jobTimeoutMs, requestTimeout: WORKER_SETTINGS.pollTimeoutMs });
      const { jobs } = await res.json();
      await Promise.all(
        jobs.map(async (job) => {
          const done = await post(`/jobs/${job.jobKey}/completion`, {});
          await done.arrayBuffer();
          if (done.ok) side.done++;
        }),
      );
    }
  })().catch(() => {}); // ends when stop() aborts it
  side.stop = async () => controller.abort();
  return side;
}

async function officialSide(origin) {
  const { default: createCamundaClient } = await import("@camunda8/orchestration-cluster-api");
  const side = { name: "official client", type: "bench-official", done: 0 };
  const camunda = createCamundaClient({ config: { CAMUNDA_REST_ADDRESS: origin, CAMUNDA_AUTH_STRATEGY: "NONE", CAMUNDA_SDK_LOG_LEVEL: "error" } });
  const worker = camunda.createJobWorker({
    jobType: side.type,
    ...WORKER_SETTINGS,
    jobHandler: async (job) => {
      const receipt = await job.complete();
      side.done++;
      return receipt;
    },
  });
  side.stop = async () => worker.stop();
  return side;
}

async function batch(server, side, count) {
  const target = side.done + count;
  const cpu = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await server.addJobs(side.type, count);
  while (side.done < target) await new Promise((r) => setTimeout(r, 2));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const used = process.cpuUsage(cpu);
  return { jobsPerSecond: count / seconds, cpuMicrosPerJob: (used.user + used.system) / count };
}

/** @returns {Promise<object>} rows per side: jobs/s and client CPU µs per job (median, min, max of rounds). */
export async function measureWorkers({ rounds = 9, jobsPerRound = 1_000, log = () => {} } = {}) {
  const server = await startJobServer();
  const sides = [c8restSide(server.origin), await officialSide(server.origin), bareSide(server.origin)];
  try {
    for (const s of sides) await batch(server, s, 300); // warm-up: JIT, connections
    const samples = new Map(sides.map((s) => [s.name, { rate: [], cpu: [] }]));
    for (let r = 0; r < rounds; r++) {
      // Each round starts with another side, so that no side always runs first or last.
      for (const s of [...sides.slice(r % sides.length), ...sides.slice(0, r % sides.length)]) {
        const b = await batch(server, s, jobsPerRound);
        samples.get(s.name).rate.push(b.jobsPerSecond);
        samples.get(s.name).cpu.push(b.cpuMicrosPerJob);
      }
      log(`  job workers: round ${r + 1}/${rounds}`);
    }
    const stats = await server.stats();
    const rows = sides.map((s) => ({
      side: s.name,
      jobsPerSecond: summary(samples.get(s.name).rate, 0),
      cpuMicrosPerJob: summary(samples.get(s.name).cpu, 1),
      completed: stats.byType[s.type]?.completed ?? 0,
      jobs: stats.byType[s.type]?.jobs ?? 0,
    }));
    const [ours, theirs] = rows; // the reference row comes last
    return {
      rounds,
      jobsPerRound,
      settings: WORKER_SETTINGS,
      rows,
      throughputRatio: ratio(ours.jobsPerSecond.median, theirs.jobsPerSecond.median),
      cpuRatio: ratio(ours.cpuMicrosPerJob.median, theirs.cpuMicrosPerJob.median),
    };
  } finally {
    await Promise.all(sides.map((s) => s.stop()));
    await server.stop();
  }
}
