import { describe, expect, it } from "vitest";
import type { Job } from "../src/index.ts";
import { clientOf, deferred, fakeServer, until, workerOn } from "./support/harness.ts";

describe("activation", () => {
  it("long-polls with the worker's settings and omits tenantIds unless set", async () => {
    const server = await fakeServer();
    workerOn(server, {
      type: "charge-card",
      workerName: "billing-1",
      maxParallelJobs: 4,
      jobTimeoutMs: 5_000,
      pollTimeoutMs: 3_000,
      fetchVariables: ["amount", "currency"],
      handler: (job) => job.complete(),
    });
    await server.waitFor(() => server.activations().length >= 1, { what: "an activation request" });
    expect(server.activations()[0]!.body).toEqual({
      type: "charge-card",
      worker: "billing-1",
      timeout: 5_000,
      maxJobsToActivate: 4,
      requestTimeout: 3_000,
      fetchVariable: ["amount", "currency"],
    });
  });

  it("sends tenantIds when set, and gets only those tenants' jobs", async () => {
    const server = await fakeServer();
    server.addJobs(6, { type: "t", tenantIds: ["tenant-a", "tenant-b", "tenant-c"] });
    const seen: string[] = [];
    workerOn(server, { type: "t", tenantIds: ["tenant-a", "tenant-c"], handler: (job) => (seen.push(job.tenantId), job.complete()) });
    await until(() => seen.length === 4, "4 jobs of tenants a and c");
    expect(server.activations()[0]!.body.tenantIds).toEqual(["tenant-a", "tenant-c"]);
    expect(seen.sort()).toEqual(["tenant-a", "tenant-a", "tenant-c", "tenant-c"]);
    expect([...server.jobs.values()].filter((j) => j.tenantId === "tenant-b").every((j) => j.activations === 0)).toBe(true);
  });

  it("the client's default tenant reaches the activation request when the worker sets no tenantIds; the worker's own wins", async () => {
    const server = await fakeServer();
    server.addJobs(4, { type: "tenanted", tenantIds: ["tenant-a", "tenant-b"] });
    const byDefault: string[] = [];
    const client = clientOf(server, { defaultTenantId: "tenant-b" });
    workerOn(server, { type: "tenanted", handler: (job) => (byDefault.push(job.tenantId), job.complete()) }, client);
    await until(() => byDefault.length === 2, "the default tenant's 2 jobs");
    expect(server.activations()[0]!.body.tenantIds).toEqual(["tenant-b"]);
    expect(byDefault).toEqual(["tenant-b", "tenant-b"]);

    const own: string[] = [];
    workerOn(server, { type: "tenanted", workerName: "own", tenantIds: ["tenant-a"], handler: (job) => (own.push(job.tenantId), job.complete()) }, client);
    await until(() => own.length === 2, "tenant-a's 2 jobs");
    expect(server.activations().find((r) => r.body.worker === "own")!.body.tenantIds).toEqual(["tenant-a"]);
  });

  it("asks only for free slots, opens no poll while every slot is busy, and polls again as soon as one frees", async () => {
    const server = await fakeServer();
    server.addJobs(5, { type: "slots" });
    const gates: { job: Job; done: ReturnType<typeof deferred<void>> }[] = [];
    workerOn(server, {
      type: "slots",
      maxParallelJobs: 3,
      handler: async (job) => {
        const done = deferred<void>();
        gates.push({ job, done });
        await done.promise;
        return job.complete();
      },
    });
    await until(() => gates.length === 3, "3 handlers running");
    expect(server.activations().map((r) => r.body.maxJobsToActivate)).toEqual([3]);
    // A window in which a poll would show up if the worker opened one with all slots busy.
    await new Promise((r) => setTimeout(r, 150));
    expect(server.openPolls()).toBe(0);
    expect(server.activations()).toHaveLength(1);

    gates[0]!.done.resolve(undefined);
    await until(() => gates.length === 4, "the 4th job");
    expect(server.activations()[1]!.body.maxJobsToActivate).toBe(1);
    for (const g of gates) g.done.resolve(undefined);
    await until(() => gates.length === 5, "the 5th job");
    for (const g of gates) g.done.resolve(undefined);
    await until(() => server.counts.settled === 5, "5 completions");
    expect(Math.max(...server.activations().map((r) => r.body.maxJobsToActivate))).toBeLessThanOrEqual(3);
    expect(server.maxHeld.get("c8rest-worker")).toBeLessThanOrEqual(3);
  });

  it("a long poll may outlast the client's timeout: the transport allows requestTimeout plus its margin", async () => {
    const server = await fakeServer();
    const worker = workerOn(server, { type: "idle", pollTimeoutMs: 1_200, handler: (job) => job.complete() }, clientOf(server, { timeoutMs: 300 }));
    await server.waitFor(() => server.activations().length >= 2, { what: "a second poll after the first one's requestTimeout", timeoutMs: 20_000 });
    expect(server.activations()[1]!.at - server.activations()[0]!.at).toBeGreaterThanOrEqual(1_100);
    expect(worker.stats.pollErrors).toBe(0);
  });
});
