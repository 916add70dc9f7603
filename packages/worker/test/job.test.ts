import { describe, expect, it } from "vitest";
import { JobAbortedError, type Job, type SettleOutcome } from "../src/index.ts";
import { deferred, fakeServer, until, workerOn } from "./support/harness.ts";

describe("the job a handler gets", () => {
  it("has the spec's fields with keys as strings, variables, headers, retries, a deadline and a live signal", async () => {
    const server = await fakeServer();
    const [key] = server.addJobs(1, { type: "typed", variables: { amount: 12.5, nested: { ok: true } }, customHeaders: { region: "eu" }, retries: 5 });
    const got = deferred<Job>();
    const before = Date.now();
    workerOn(server, { type: "typed", jobTimeoutMs: 10_000, handler: (job) => (got.resolve(job), job.complete({ charged: true })) });
    const job = await got.promise;
    expect(job.jobKey).toBe(key);
    expect(typeof job.processInstanceKey).toBe("string");
    expect(BigInt(job.jobKey) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(job.variables).toEqual({ amount: 12.5, nested: { ok: true } });
    expect(job.customHeaders).toEqual({ region: "eu" });
    expect(job.retries).toBe(5);
    expect(job.deadline).toBeGreaterThanOrEqual(before + 10_000);
    expect(job.signal.aborted).toBe(false);
    await until(() => server.jobs.get(key!)!.state === "completed", "completion");
    expect(server.jobs.get(key!)!.settlements[0]!.body).toEqual({ variables: { charged: true } });
  });

  it("complete(variables, result), fail(...) and throwError(...) send the spec's bodies", async () => {
    const server = await fakeServer();
    const [a, b, c, d] = server.addJobs(4, { type: "bodies", retries: 4, variables: {} });
    workerOn(server, {
      type: "bodies",
      handler: (job) => {
        if (job.jobKey === a) return job.complete({ x: 1 }, { type: "userTask", denied: true, deniedReason: "no" });
        if (job.jobKey === b) return job.fail({ errorMessage: "busy", retries: 1, retryBackOffMs: 5_000, variables: { tried: true } });
        if (job.jobKey === c) return job.retries === 4 ? job.fail({ errorMessage: "default retries" }) : job.complete();
        return job.throwError({ errorCode: "AMOUNT_TOO_HIGH", errorMessage: "over limit", variables: { limit: 1000 } });
      },
    });
    await until(() => server.counts.settled >= 5, "5 settlements (c twice)");
    const body = (k: string | undefined) => server.jobs.get(k!)!.settlements[0];
    expect(body(a)).toMatchObject({ action: "completion", body: { variables: { x: 1 }, result: { type: "userTask", denied: true, deniedReason: "no" } } });
    expect(body(b)).toMatchObject({ action: "failure", body: { errorMessage: "busy", retries: 1, retryBackOff: 5_000, variables: { tried: true } } });
    expect(body(c)).toMatchObject({ action: "failure", body: { errorMessage: "default retries", retries: 3 } });
    expect(body(d)).toMatchObject({ action: "error", body: { errorCode: "AMOUNT_TOO_HIGH", errorMessage: "over limit", variables: { limit: 1000 } } });
  });

  it("a handler that throws fails the job with retries - 1 and a sanitised, bounded message", async () => {
    const server = await fakeServer();
    const [key] = server.addJobs(1, { type: "throws", retries: 2 });
    const worker = workerOn(server, {
      type: "throws",
      handler: () => {
        throw new Error(`db login failed password=hunter2-secret with Bearer eyJhbGciOi.payload.sig ${"x".repeat(5_000)}`);
      },
    });
    // retries 2 -> failed with 1, activated again -> failed with 0: an incident.
    await until(() => server.jobs.get(key!)!.state === "incident", "two failures");
    expect(server.jobs.get(key!)!.settlements.map((s) => [s.action, s.body.retries])).toEqual([["failure", 1], ["failure", 0]]);
    const failure = server.jobs.get(key!)!.settlements[0]!;
    const message = failure.body.errorMessage as string;
    expect(message).toMatch(/^Error: db login failed/);
    expect(message).not.toContain("hunter2-secret");
    expect(message).not.toContain("eyJhbGciOi");
    expect(message.length).toBeLessThanOrEqual(500);
    await until(() => worker.stats.failed === 2, "the worker counted both");
    expect(worker.stats).toMatchObject({ handlerErrors: 2, failed: 2 });
  });

  it("a rejected promise counts as a throw; retries never go below 0", async () => {
    const server = await fakeServer();
    const [key] = server.addJobs(1, { type: "rejects", retries: 0 });
    workerOn(server, { type: "rejects", handler: async () => Promise.reject("plain string reason") });
    await until(() => server.counts.settled === 1, "the failure");
    expect(server.jobs.get(key!)!.settlements[0]!.body).toEqual({ errorMessage: "plain string reason", retries: 0 });
  });

  it("returning without settling frees the slot and leaves the job locked until its deadline, then it is given out again", async () => {
    const server = await fakeServer();
    const [key] = server.addJobs(1, { type: "forgets" });
    const handled: number[] = [];
    const worker = workerOn(server, {
      type: "forgets",
      maxParallelJobs: 1,
      jobTimeoutMs: 400,
      handler: async (job) => {
        handled.push(Date.now());
        if (handled.length > 1) return job.complete();
        return undefined;
      },
    });
    const unsettled: string[] = [];
    worker.on("unsettled", (e) => unsettled.push(e.jobKey));
    await until(() => server.jobs.get(key!)!.state === "completed", "the completion after the lock expired");
    await until(() => worker.stats.completed === 1, "the worker counted it");
    expect(unsettled).toEqual([key]);
    expect(server.jobs.get(key!)!.timeouts).toBe(1);
    expect(server.jobs.get(key!)!.activations).toBe(2);
    expect(worker.stats).toMatchObject({ unsettled: 1, completed: 1, activated: 2 });
  });

  it("a job is settled once: a second settling call sends nothing and returns the first outcome", async () => {
    const server = await fakeServer();
    server.addJobs(1, { type: "twice" });
    const outcomes = deferred<SettleOutcome[]>();
    const worker = workerOn(server, {
      type: "twice",
      handler: async (job) => {
        const first = job.complete({ a: 1 });
        const second = job.fail({ errorMessage: "too late" });
        const third = job.throwError({ errorCode: "X" });
        outcomes.resolve(await Promise.all([first, second, third]));
      },
    });
    const [first, second, third] = await outcomes.promise;
    expect(first).toEqual({ action: "complete", settled: true });
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(server.counts).toMatchObject({ completion: 1, failure: 0, error: 0 });
    expect(worker.stats).toMatchObject({ completed: 1, failed: 0, errored: 0 });
  });

  it("the signal fires when the lock expires; a settling call after that is not sent", async () => {
    const server = await fakeServer();
    server.addJobs(1, { type: "slow" });
    const result = deferred<{ reason: unknown; outcome: SettleOutcome }>();
    workerOn(server, {
      type: "slow",
      jobTimeoutMs: 300,
      handler: async (job) => {
        await new Promise((r) => job.signal.addEventListener("abort", r, { once: true }));
        result.resolve({ reason: job.signal.reason, outcome: await job.complete() });
        return undefined;
      },
    });
    const { reason, outcome } = await result.promise;
    expect(reason).toBeInstanceOf(JobAbortedError);
    expect(reason).toMatchObject({ code: "C8REST_WORKER_JOB_ABORTED", reason: "lock-expired" });
    expect(outcome).toMatchObject({ action: "complete", settled: false, reason: "lost" });
    expect(server.counts.completion).toBe(0);
  });

  it("a server clock far behind or ahead does not make jobs expire early or late: the lock's end comes from the local clock then", async () => {
    for (const skew of [-120_000, 120_000]) {
      const server = await fakeServer();
      server.clockSkewMs = skew;
      const [key] = server.addJobs(1, { type: "skewed" });
      const seen = deferred<{ aborted: boolean; deadline: number }>();
      workerOn(server, { type: "skewed", jobTimeoutMs: 2_000, handler: (job) => (seen.resolve({ aborted: job.signal.aborted, deadline: job.deadline }), job.complete()) });
      const { aborted } = await seen.promise;
      expect(aborted).toBe(false);
      await until(() => server.jobs.get(key!)!.state === "completed", `completion with a skew of ${skew} ms`);
    }
  });
});
