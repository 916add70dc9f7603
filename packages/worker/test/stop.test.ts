import { describe, expect, it } from "vitest";
import { JobAbortedError } from "../src/index.ts";
import { deferred, fakeServer, until, workerOn } from "./support/harness.ts";

describe("stop({ graceMs })", () => {
  it("aborts the open long poll (the server sees it closed) and sends no activation afterwards", async () => {
    const server = await fakeServer();
    const worker = workerOn(server, { type: "idle", pollTimeoutMs: 30_000, handler: (job) => job.complete() });
    await server.waitFor(() => server.openPolls() === 1, { what: "an open poll" });
    const closed = new Promise<void>((resolve) => server.on((event) => event === "poll-closed" && resolve()));
    await worker.stop({ graceMs: 1_000 });
    await closed;
    expect(server.counts.pollsClosed).toBe(1);
    expect(worker.state).toBe("stopped");
    const polls = server.counts.activation;
    server.addJobs(2, { type: "idle" });
    // A window in which a running worker would have polled and taken the jobs.
    await new Promise((r) => setTimeout(r, 200));
    expect(server.counts.activation).toBe(polls);
    expect([...server.jobs.values()].every((j) => j.activations === 0)).toBe(true);
  });

  it("lets in-flight handlers finish within the grace period and resolves once their jobs are settled", async () => {
    const server = await fakeServer();
    server.addJobs(3, { type: "drain" });
    const started = deferred();
    let running = 0;
    const release = deferred();
    const worker = workerOn(server, {
      type: "drain",
      handler: async (job) => {
        if (++running === 3) started.resolve();
        await release.promise;
        return job.complete({ drained: !job.signal.aborted });
      },
    });
    await started.promise;
    const stopping = worker.stop({ graceMs: 20_000 });
    expect(worker.state).toBe("stopping");
    release.resolve();
    await stopping;
    expect(worker.state).toBe("stopped");
    expect([...server.jobs.values()].map((j) => [j.state, j.settlements[0]?.body.variables])).toEqual(
      Array.from({ length: 3 }, () => ["completed", { drained: true }]),
    );
    expect(worker.stats).toMatchObject({ completed: 3, released: 0, inFlight: 0 });
  });

  it("after the grace period the signals fire and unfinished jobs are released with their retries", async () => {
    const server = await fakeServer();
    const [key] = server.addJobs(1, { type: "stuck", retries: 2 });
    const running = deferred();
    const reason = deferred<unknown>();
    const worker = workerOn(server, {
      type: "stuck",
      jobTimeoutMs: 60_000,
      handler: async (job) => {
        running.resolve();
        await new Promise((r) => job.signal.addEventListener("abort", r, { once: true }));
        reason.resolve(job.signal.reason);
        return job.complete(); // too late: the job was released
      },
    });
    await running.promise;
    await worker.stop({ graceMs: 100 });
    expect(await reason.promise).toBeInstanceOf(JobAbortedError);
    expect(await reason.promise).toMatchObject({ reason: "worker-stopped", jobKey: key });
    const job = server.jobs.get(key!)!;
    expect(job.settlements).toHaveLength(1);
    expect(job.settlements[0]).toMatchObject({ action: "failure", body: { retries: 2, retryBackOff: 0 } });
    expect(job.state).toBe("activatable");
    expect(worker.stats).toMatchObject({ released: 1, completed: 0 });
  });

  it("resolves even when a handler ignores its signal and never returns", async () => {
    const server = await fakeServer();
    server.addJobs(2, { type: "hung" });
    let running = 0;
    const worker = workerOn(server, { type: "hung", handler: () => (running++, new Promise(() => {})) });
    await until(() => running === 2, "two hung handlers");
    await worker.stop({ graceMs: 50 });
    expect(server.counts.settled).toBe(2);
    expect(worker.stats.released).toBe(2);
  });

  it("is safe to call twice: the same promise, one drain", async () => {
    const server = await fakeServer();
    const worker = workerOn(server, { type: "twice", handler: (job) => job.complete() });
    await server.waitFor(() => server.openPolls() === 1, { what: "an open poll" });
    const a = worker.stop({ graceMs: 10 });
    const b = worker.stop();
    expect(b).toBe(a);
    await Promise.all([a, b]);
    await server.waitFor(() => server.counts.pollsClosed === 1, { what: "the poll closed" });
    expect(worker.state).toBe("stopped");
  });
});
