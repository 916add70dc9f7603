import { describe, expect, it } from "vitest";
import { CamundaConfigError } from "@c8rest/client";
import { createJobWorker, type WorkerEventName } from "../src/index.ts";
import { clientOf, fakeServer, keptLogger, until, workerOn } from "./support/harness.ts";

describe("observability", () => {
  it("counts and emits each outcome; events name jobs without their variables", async () => {
    const server = await fakeServer();
    server.addJobs(4, { type: "mix", retries: 1, variables: (i) => ({ i, cardNumber: "4111-1111-1111-1111" }) });
    const events: [WorkerEventName, unknown][] = [];
    const worker = workerOn(server, {
      type: "mix",
      handler: (job) => {
        const i = job.variables.i as number;
        if (i === 0) return job.complete();
        if (i === 1) return job.fail({ errorMessage: "no" });
        if (i === 2) return job.throwError({ errorCode: "E" });
        throw new Error("boom");
      },
    });
    for (const name of ["activated", "completed", "failed", "errored", "handlerError"] as const) worker.on(name, (e) => events.push([name, e]));
    await until(() => worker.stats.completed + worker.stats.failed + worker.stats.errored === 4, "4 outcomes");
    expect(worker.stats).toMatchObject({ activated: 4, completed: 1, failed: 2, errored: 1, handlerErrors: 1, inFlight: 0, pollErrors: 0 });
    expect(worker.stats.polls).toBeGreaterThanOrEqual(1);
    expect(events.filter(([n]) => n === "activated")).toHaveLength(4);
    expect(events.find(([n]) => n === "errored")![1]).toMatchObject({ errorCode: "E", type: "mix" });
    expect(events.find(([n]) => n === "handlerError")![1]).toMatchObject({ message: "Error: boom" });
    expect(JSON.stringify(events)).not.toContain("4111");
  });

  it("logs at the chosen level and above, never variables; a throwing listener or logger does not stop the worker", async () => {
    const server = await fakeServer();
    server.addJobs(2, { type: "logs", retries: 1, variables: { password: "pa55-w0rd-in-variables" } });
    const quiet = keptLogger();
    const worker = workerOn(server, {
      type: "logs",
      logger: { ...quiet, debug: () => { throw new Error("logger broke"); } },
      logLevel: "warn",
      handler: () => {
        throw new Error("handler failed");
      },
    });
    worker.on("failed", () => {
      throw new Error("listener broke");
    });
    await until(() => worker.stats.failed === 2, "both failed");
    expect(quiet.lines.length).toBeGreaterThan(0);
    expect(quiet.lines.every((l) => /^(warn|error) /.test(l))).toBe(true);
    expect(quiet.lines.some((l) => l.includes("the handler threw, failing the job: Error: handler failed"))).toBe(true);
    expect(quiet.lines.some((l) => l.includes('a listener of "failed" threw'))).toBe(true);
    expect(quiet.lines.join("\n")).not.toContain("pa55-w0rd");

    const silent = keptLogger();
    const server2 = await fakeServer();
    server2.addJobs(1, { type: "logs", retries: 1 });
    const w2 = workerOn(server2, { type: "logs", logger: silent, logLevel: "silent", handler: () => { throw new Error("x"); } });
    await until(() => w2.stats.failed === 1, "failed");
    expect(silent.lines).toEqual([]);
  });

  it("checks its options before sending anything, naming what to fix", () => {
    const client = clientOf({ url: "http://127.0.0.1:9" } as never);
    const make = (o: Record<string, unknown>) => () => createJobWorker(client, { type: "t", handler: () => undefined, ...o } as never);
    for (const [o, option] of [
      [{ type: "" }, "type"],
      [{ handler: "x" }, "handler"],
      [{ maxParallelJobs: 0 }, "maxParallelJobs"],
      [{ maxParallelJobs: 2.5 }, "maxParallelJobs"],
      [{ jobTimeoutMs: -1 }, "jobTimeoutMs"],
      [{ pollTimeoutMs: "20s" }, "pollTimeoutMs"],
      [{ tenantIds: [""] }, "tenantIds"],
      [{ fetchVariables: "a" }, "fetchVariables"],
      [{ backoff: { baseDelayMs: 0 } }, "backoff.baseDelayMs"],
      [{ workerName: "" }, "workerName"],
    ] as const) {
      expect(make(o), option).toThrow(CamundaConfigError);
      try {
        make(o)();
      } catch (e) {
        expect((e as CamundaConfigError).setting).toBe(option);
        expect((e as CamundaConfigError).code).toBe("C8REST_CONFIG_INVALID");
      }
    }
  });
});
