// Invariants under load: 2,000 jobs, 16 slots, handlers of random duration, random 503s and connection resets on
// activation and settling. Bounded by counts and events; the only clock is the jobs' own lock timeout.
import { describe, expect, it } from "vitest";
import type { Fault } from "../../../config/test-support/fake-job-server.mjs";
import { fakeServer, until, workerOn } from "./support/harness.ts";

/** Seeded PRNG (mulberry32): the same fault mix on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc (vitest.config.ts sets execArgv)");
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const JOBS = 2_000;
const SLOTS = 16;

describe("invariants under load", () => {
  it("every job is settled exactly once or times out and comes back; in-flight never exceeds the slots; heap flat", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on("unhandledRejection", onUnhandled);
    try {
      const server = await fakeServer({ record: false });
      const random = prng(14);
      const fault = (p503: number, pBefore: number, pAfter: number): Fault | undefined => {
        const r = random();
        if (r < p503) return { status: 503, title: "RESOURCE_EXHAUSTED", detail: "injected" };
        if (r < p503 + pBefore) return { reset: "before" };
        if (r < p503 + pBefore + pAfter) return { reset: "after" };
        return undefined;
      };
      server.faults.activation = () => fault(0.04, 0.02, 0.01);
      server.faults.settle = () => fault(0.04, 0.02, 0.02);
      const payload = "x".repeat(16_384); // a leak of handled jobs would show in the heap
      const keys = server.addJobs(JOBS, { type: "load", variables: (i) => ({ i, payload }) });
      // A few handlers sit on their first activation until the lock expires, and return without settling.
      const hangers = new Set([keys[10], keys[700], keys[1500]]);
      const hung = new Set<string>();

      let running = 0;
      let maxRunning = 0;
      let maxInFlight = 0;
      let warnings = 0;
      const worker = workerOn(server, {
        type: "load",
        maxParallelJobs: SLOTS,
        jobTimeoutMs: 3_000,
        pollTimeoutMs: 5_000,
        logger: { warn: () => void warnings++, error: () => void warnings++ },
        logLevel: "warn",
        handler: async (job) => {
          running++;
          maxRunning = Math.max(maxRunning, running);
          try {
            if (hangers.has(job.jobKey) && !hung.has(job.jobKey)) {
              hung.add(job.jobKey);
              await new Promise((r) => job.signal.addEventListener("abort", r, { once: true }));
              return undefined;
            }
            await new Promise((r) => setTimeout(r, Math.floor(random() * 8)));
            return await job.complete({ handled: job.variables.i });
          } finally {
            running--;
          }
        },
      });
      const sample = () => void (maxInFlight = Math.max(maxInFlight, worker.stats.inFlight));
      for (const e of ["activated", "completed", "lost", "settleError", "unsettled", "pollError"] as const) worker.on(e, sample);

      const done = () => [...server.jobs.values()].filter((j) => j.state === "completed").length;
      await until(() => done() >= 500, "500 completed jobs", 120_000);
      const heapA = heapAfterGc();
      await until(() => done() === JOBS, `all ${JOBS} jobs completed`, 180_000);
      await until(() => worker.stats.inFlight === 0, "no job held");
      const heapB = heapAfterGc();

      const jobs = [...server.jobs.values()];
      expect(jobs.filter((j) => j.settlements.length !== 1).map((j) => j.jobKey)).toEqual([]);
      expect(jobs.every((j) => j.state === "completed")).toBe(true);
      // Jobs left to time out (the hangers, jobs whose activation answer was lost) came back and were settled.
      const timedOut = jobs.filter((j) => j.timeouts > 0);
      expect(timedOut.length).toBeGreaterThanOrEqual(hangers.size);
      expect(timedOut.every((j) => j.activations > j.timeouts)).toBe(true);
      expect(worker.stats.unsettled).toBe(hangers.size);

      expect(maxRunning).toBeLessThanOrEqual(SLOTS);
      expect(maxInFlight).toBeLessThanOrEqual(SLOTS);
      expect(maxRunning).toBeGreaterThan(1);
      expect(worker.stats.pollErrors).toBeGreaterThan(0); // faults did hit activation
      expect(server.counts.completion).toBeGreaterThan(JOBS); // and settling was retried
      expect(heapB - heapA, `heap grew from ${heapA} to ${heapB} bytes`).toBeLessThan(8 * 2 ** 20);
      await worker.stop({ graceMs: 1_000 });
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  }, 300_000);
});
