import { afterEach, describe, expect, it } from "vitest";
import { CamundaWaitTimeoutError, createCamundaClient, waitFor } from "../src/index.js";
import { json, startServer, type TestServer } from "./support/http-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("waitFor", () => {
  it("polls an eventually consistent read until the predicate holds", async () => {
    server = await startServer((_req, res, _s, n) =>
      n < 3 ? json(res, 404, { title: "NOT_FOUND", status: 404 }) : json(res, 200, { processInstanceKey: "7", state: "ACTIVE" }),
    );
    const client = createCamundaClient({ baseUrl: server.address });
    const { data } = await waitFor(
      () => client.GET("/process-instances/{processInstanceKey}", { params: { path: { processInstanceKey: "7" } } }),
      (r) => r.data?.state === "ACTIVE",
      { timeoutMs: 5_000, intervalMs: 10 },
    );
    expect(data?.processInstanceKey).toBe("7");
    expect(server.seen).toHaveLength(3);
  });

  it("honours Retry-After between calls", async () => {
    server = await startServer((_req, res, _s, n) =>
      n === 1 ? json(res, 429, { status: 429 }, { "retry-after": "2" }) : json(res, 200, { clusterSize: 1 }),
    );
    const client = createCamundaClient({ baseUrl: server.address, retry: false });
    const waits: number[] = [];
    await waitFor(() => client.GET("/topology"), (r) => r.data !== undefined, {
      intervalMs: 10,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(waits).toEqual([2000]);
  });

  it("ends in a CamundaWaitTimeoutError that shows the last result", async () => {
    server = await startServer((_req, res) => json(res, 200, { items: [], page: { totalItems: 0 } }));
    const client = createCamundaClient({ baseUrl: server.address });
    const error = (await waitFor(
      () => client.POST("/process-instances/search", { body: { filter: { processInstanceKey: "9" } } }),
      (r) => (r.data?.items.length ?? 0) > 0,
      { timeoutMs: 1_000, intervalMs: 50 },
    ).catch((e: unknown) => e)) as CamundaWaitTimeoutError;
    expect(error).toBeInstanceOf(CamundaWaitTimeoutError);
    expect(error.code).toBe("C8REST_WAIT_TIMEOUT");
    expect(error.calls).toBeGreaterThanOrEqual(2);
    expect(error.message).toMatch(/after 1000 ms and \d+ call\(s\); the last result was HTTP 200 \{"items":\[\],"page":\{"totalItems":0\}\}/);
    expect(error.lastResult?.response?.status).toBe(200);
  });

  it("stops when the signal aborts, and lets thrown errors through", async () => {
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(waitFor(async () => ({}), () => false, { signal: controller.signal })).rejects.toThrow("stop");
    await expect(waitFor(async () => Promise.reject(new Error("network")), () => true)).rejects.toThrow("network");
  });

  it("the deadline also ends a call in flight: a 500 ms wait around a slow call ends at ~500 ms, the request aborted", async () => {
    const closedEarly: boolean[] = [];
    const timers: NodeJS.Timeout[] = [];
    server = await startServer((_req, res) => {
      res.on("close", () => closedEarly.push(!res.writableEnded));
      timers.push(setTimeout(() => json(res, 200, { clusterSize: 1 }), 10_000));
    });
    const client = createCamundaClient({ baseUrl: server.address });
    for (const passesSignal of [true, false]) {
      const started = Date.now();
      const error = await waitFor(
        (signal) => client.GET("/topology", passesSignal ? { signal } : {}),
        () => true,
        { timeoutMs: 500 },
      ).catch((e: unknown) => e);
      const elapsed = Date.now() - started;
      expect(error).toBeInstanceOf(CamundaWaitTimeoutError);
      expect(error).toMatchObject({ code: "C8REST_WAIT_TIMEOUT", timeoutMs: 500, calls: 1 });
      expect(elapsed).toBeGreaterThanOrEqual(450);
      // Far below the call's 10 s: the wait did not wait for it (slack for a loaded machine).
      expect(elapsed).toBeLessThan(5_000);
    }
    // The call that got the signal was aborted: the server saw its connection close unanswered.
    await expect.poll(() => closedEarly[0], { timeout: 5_000 }).toBe(true);
    timers.forEach(clearTimeout);
  });

  it("the caller's signal ends a call in flight too, with its reason", async () => {
    server = await startServer(() => {});
    const client = createCamundaClient({ baseUrl: server.address });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("caller gave up")), 50);
    await expect(waitFor((signal) => client.GET("/topology", { signal }), () => true, { signal: controller.signal })).rejects.toThrow("caller gave up");
  });
});
