import { describe, expect, it } from "vitest";
import type { SettleOutcome } from "../src/index.ts";
import { deferred, fakeServer, keptLogger, until, workerOn } from "./support/harness.ts";
import type { Fault } from "../../../config/test-support/fake-job-server.mjs";

describe("settling calls", () => {
  it("are retried on 503, 429 (with Retry-After) and a reset, then accepted once", async () => {
    const server = await fakeServer();
    const [key] = server.addJobs(1, { type: "flaky" });
    const faults: Fault[] = [
      { status: 503, title: "Service Unavailable" },
      { status: 429, title: "Too Many Requests", headers: { "retry-after": "0" } },
      { reset: "before" },
      { status: 502 },
    ];
    server.faults.settle = () => faults.shift();
    const outcome = deferred<SettleOutcome>();
    const worker = workerOn(server, { type: "flaky", jobTimeoutMs: 20_000, handler: async (job) => outcome.resolve(await job.complete({ ok: true })) });
    expect(await outcome.promise).toEqual({ action: "complete", settled: true });
    expect(server.counts.completion).toBe(5);
    expect(server.jobs.get(key!)!.settlements).toHaveLength(1);
    expect(worker.stats).toMatchObject({ completed: 1, lost: 0, settleErrors: 0 });
  });

  it("a 404 (the job timed out or was cancelled) is reported, not thrown, and the worker goes on", async () => {
    const server = await fakeServer();
    const [gone, next] = server.addJobs(2, { type: "gone" });
    server.faults.settle = ({ jobKey }) => (jobKey === gone ? { status: 404, title: "NOT_FOUND", detail: "Job not found" } : undefined);
    const outcomes: SettleOutcome[] = [];
    const logger = keptLogger();
    const worker = workerOn(server, { type: "gone", maxParallelJobs: 1, logger, handler: async (job) => void outcomes.push(await job.complete()) });
    const lost: unknown[] = [];
    worker.on("lost", (e) => lost.push(e));
    await until(() => worker.stats.completed === 1, "the next job completed");
    expect(outcomes[0]).toEqual({ action: "complete", settled: false, reason: "lost", status: 404 });
    expect(lost).toEqual([expect.objectContaining({ jobKey: gone, action: "complete", status: 404 })]);
    expect(server.counts.completion).toBe(2); // the 404 was not retried
    expect(logger.lines.filter((l) => l.startsWith("warn") && l.includes(`job ${gone}: complete not accepted, the job timed out or was cancelled (HTTP 404`))).toHaveLength(1);
    expect(worker.stats).toMatchObject({ lost: 1, completed: 1 });
  });

  it("a command processed before the connection reset is not settled twice: the retry finds the job gone", async () => {
    const server = await fakeServer();
    const [key] = server.addJobs(1, { type: "reset-after" });
    let first = true;
    server.faults.settle = () => (first ? ((first = false), { reset: "after" }) : undefined);
    const outcome = deferred<SettleOutcome>();
    workerOn(server, { type: "reset-after", handler: async (job) => outcome.resolve(await job.complete()) });
    expect(await outcome.promise).toMatchObject({ settled: false, reason: "lost", status: 404 });
    expect(server.jobs.get(key!)!.settlements).toHaveLength(1);
    expect(server.jobs.get(key!)!.state).toBe("completed");
  });

  it("retries end at the job's deadline: no attempt after it", async () => {
    const server = await fakeServer();
    const [key] = server.addJobs(1, { type: "down" });
    server.faults.settle = () => ({ status: 503 });
    const outcome = deferred<SettleOutcome>();
    let deadline = 0;
    workerOn(server, { type: "down", jobTimeoutMs: 800, handler: async (job) => ((deadline = job.deadline), outcome.resolve(await job.complete())) });
    expect(await outcome.promise).toMatchObject({ settled: false, reason: "lost", status: 503 });
    expect(server.jobs.get(key!)!.settlements).toHaveLength(0);
    const attempts = server.requests.filter((r) => r.path.endsWith("/completion"));
    expect(attempts.length).toBeGreaterThan(1);
    // Backoff 20 ms doubling to 200 ms: about 8 attempts fit in 800 ms, never a tight loop.
    expect(attempts.length).toBeLessThan(20);
    // Each attempt leaves before the deadline; on a busy machine it may arrive a little later.
    for (const a of attempts) expect(a.at).toBeLessThanOrEqual(deadline + 250);
  });

  it("a 400 is not retried and is reported as a settle error", async () => {
    const server = await fakeServer();
    server.addJobs(1, { type: "bad" });
    server.faults.settle = () => ({ status: 400, title: "INVALID_ARGUMENT", detail: "variables must be an object" });
    const outcome = deferred<SettleOutcome>();
    const worker = workerOn(server, { type: "bad", handler: async (job) => outcome.resolve(await job.complete()) });
    expect(await outcome.promise).toEqual({ action: "complete", settled: false, reason: "rejected", status: 400 });
    expect(server.counts.completion).toBe(1);
    expect(worker.stats.settleErrors).toBe(1);
  });
});
