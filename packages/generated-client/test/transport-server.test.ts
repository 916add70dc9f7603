// The transport against real node:http servers on 127.0.0.1: timeouts, resets, Retry-After, backpressure, budget.
import { afterEach, describe, expect, it } from "vitest";
import {
  CamundaNetworkError,
  CamundaProblemError,
  CamundaTimeoutError,
  createCamundaClient,
  specInfo,
  unwrap,
  withCallOptions,
  type Middleware,
} from "../src/index.js";
import { json, startServer, type TestServer } from "./support/http-server.js";

const topology = { clusterSize: 1, brokers: [], gatewayVersion: "8.9.0", partitionsCount: 1, replicationFactor: 1 };
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("timeouts", () => {
  it("a hung server gives a CamundaTimeoutError naming the operation and the limit, and is not retried", async () => {
    server = await startServer(() => {}); // never answers
    const client = createCamundaClient({ baseUrl: server.address, timeoutMs: 300 });
    const started = Date.now();
    const error = await client.GET("/topology").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CamundaTimeoutError);
    expect(error).toMatchObject({ code: "C8REST_TIMEOUT", operation: "GET /topology", timeoutMs: 300, attempts: 1 });
    expect((error as Error).message).toMatch(/GET \/topology timed out after 300 ms/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(server.seen).toHaveLength(1);
  });

  it("covers the read of the body: headers then silence is a timeout too", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"clusterSize":');
    });
    const client = createCamundaClient({ baseUrl: server.address, timeoutMs: 300 });
    await expect(client.GET("/topology")).rejects.toBeInstanceOf(CamundaTimeoutError);
  });

  it("is overridable per call with withCallOptions", async () => {
    server = await startServer(() => {});
    const client = createCamundaClient({ baseUrl: server.address, timeoutMs: 60_000 });
    const error = await withCallOptions(client, { timeoutMs: 200 }).GET("/topology").catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "CamundaTimeoutError", timeoutMs: 200 });
  });

  it("combines with the caller's AbortSignal: an abort rejects with the signal's reason", async () => {
    server = await startServer(() => {});
    const client = createCamundaClient({ baseUrl: server.address });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user gave up")), 50);
    await expect(client.GET("/topology", { signal: controller.signal })).rejects.toThrow("user gave up");
  });

  it("gives a long-polling job activation its requestTimeout plus the margin", async () => {
    // The server answers after 1 s: past the client's 300 ms, within the poll's 1 s requestTimeout + the 2 s margin
    // (wide enough for a loaded machine).
    server = await startServer((_req, res) => setTimeout(() => json(res, 200, { jobs: [] }), 1_000));
    const client = createCamundaClient({ baseUrl: server.address, timeoutMs: 300, longPollMarginMs: 2_000 });
    const { data } = await client.POST("/jobs/activation", {
      body: { type: "payment", timeout: 10_000, maxJobsToActivate: 1, requestTimeout: 1_000 },
    });
    expect(data).toEqual({ jobs: [] });
    // Without a requestTimeout the client's own limit applies.
    await expect(
      client.POST("/jobs/activation", { body: { type: "payment", timeout: 10_000, maxJobsToActivate: 1 } }),
    ).rejects.toBeInstanceOf(CamundaTimeoutError);
  });
});

describe("retries", () => {
  it("waits for Retry-After: 1 (seconds) before retrying a 429", async () => {
    server = await startServer((_req, res, _s, n) =>
      n === 1 ? json(res, 429, { title: "TOO_MANY_REQUESTS", status: 429 }, { "retry-after": "1" }) : json(res, 200, topology),
    );
    const client = createCamundaClient({ baseUrl: server.address });
    const { data } = await client.GET("/topology");
    expect(data).toEqual(topology);
    expect(server.seen).toHaveLength(2);
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it("never replays a non-idempotent POST whose connection was reset: the server sees exactly one request", async () => {
    server = await startServer((req) => req.socket.destroy());
    const client = createCamundaClient({ baseUrl: server.address });
    const error = await client
      .POST("/process-instances", { body: { processDefinitionId: "order-process" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CamundaNetworkError);
    expect(error).toMatchObject({ code: "C8REST_NETWORK", operation: "POST /process-instances", attempts: 1 });
    expect((error as Error).message).toMatch(/not idempotent, and the request may have reached the server/);
    expect(server.seen).toHaveLength(1);
  });

  it("retries an idempotent GET after a reset, up to maxAttempts", async () => {
    server = await startServer((req) => req.socket.destroy());
    const client = createCamundaClient({ baseUrl: server.address, retry: { baseDelayMs: 1 } });
    await expect(client.GET("/topology")).rejects.toMatchObject({ name: "CamundaNetworkError", attempts: 3 });
    expect(server.seen).toHaveLength(3);
  });

  it("retries a POST rejected with 503 RESOURCE_EXHAUSTED (backpressure) and succeeds", async () => {
    server = await startServer((_req, res, _s, n) =>
      n === 1
        ? json(res, 503, { type: "about:blank", title: "RESOURCE_EXHAUSTED", status: 503, detail: "backpressure" })
        : json(res, 200, { processInstanceKey: "2251799813685249" }),
    );
    const client = createCamundaClient({ baseUrl: server.address, retry: { baseDelayMs: 1 } });
    const { data } = await client.POST("/process-instances", { body: { processDefinitionId: "order-process" } });
    expect(data).toEqual({ processInstanceKey: "2251799813685249" });
    expect(server.seen.map((s) => s.method)).toEqual(["POST", "POST"]);
    expect(JSON.parse(server.seen[1]!.body)).toEqual({ processDefinitionId: "order-process" });
  });

  it("does not retry a POST command on a 500/503 that is not backpressure, but does retry a search", async () => {
    server = await startServer((_req, res) => json(res, 500, { title: "INTERNAL", status: 500 }));
    const client = createCamundaClient({ baseUrl: server.address, retry: { baseDelayMs: 1 } });
    const created = await client.POST("/process-instances", { body: { processDefinitionId: "p" } });
    expect(created.response.status).toBe(500);
    expect(server.seen).toHaveLength(1);
    await client.POST("/process-instances/search", { body: {} });
    expect(server.seen).toHaveLength(4);
  });

  it("never retries 401 or 403 (the auth middleware owns the single 401 replay)", async () => {
    server = await startServer((_req, res, _s, n) => json(res, n === 1 ? 401 : 403, { status: n === 1 ? 401 : 403 }));
    const client = createCamundaClient({ baseUrl: server.address });
    expect((await client.GET("/topology")).response.status).toBe(401);
    expect((await client.GET("/topology")).response.status).toBe(403);
    expect(server.seen).toHaveLength(2);
  });

  it("composes with a middleware that replays once on 401 through options.fetch: at most 2 x maxAttempts requests", async () => {
    server = await startServer((req, res) =>
      req.headers.authorization === "Bearer fresh" ? json(res, 503, { status: 503 }) : json(res, 401, { status: 401 }),
    );
    const replayOnce: Middleware = {
      onRequest: ({ request }) => {
        request.headers.set("authorization", "Bearer stale");
        return request;
      },
      async onResponse({ request, response, options }) {
        if (response.status !== 401) return undefined;
        const replay = new Request(request, { headers: { authorization: "Bearer fresh" } });
        return options.fetch(replay);
      },
    };
    const client = createCamundaClient({ baseUrl: server.address, middleware: [replayOnce], retry: { baseDelayMs: 1 } });
    const { response } = await client.GET("/topology");
    expect(response.status).toBe(503);
    // 1 attempt with the stale token (401: not retried), then the replay: 3 attempts (503 on a GET is retried).
    expect(server.seen.map((s) => s.headers.authorization)).toEqual(["Bearer stale", "Bearer fresh", "Bearer fresh", "Bearer fresh"]);
  });

  it("1000 calls against a server answering 429 half the time: attempts stay within the budget, each call ends typed", async () => {
    server = await startServer((_req, res, _s, n) =>
      n % 2 === 0 ? json(res, 429, { title: "TOO_MANY_REQUESTS", status: 429 }) : json(res, 200, topology),
    );
    const client = createCamundaClient({
      baseUrl: server.address,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
      budget: { ratio: 0.2, reserve: 10 },
    });
    const outcomes = { ok: 0, problem: 0, other: 0 };
    const calls = 1000;
    for (let batch = 0; batch < calls / 50; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          try {
            expect(unwrap(await client.GET("/topology"))).toEqual(topology);
            outcomes.ok++;
          } catch (e) {
            if (e instanceof CamundaProblemError && e.status === 429) outcomes.problem++;
            else outcomes.other++;
          }
        }),
      );
    }
    expect(outcomes.other).toBe(0);
    expect(outcomes.ok + outcomes.problem).toBe(calls);
    expect(outcomes.problem).toBeGreaterThan(0);
    expect(server.seen.length).toBeGreaterThan(calls); // some retries happened
    expect(server.seen.length).toBeLessThanOrEqual(calls * 1.2 + 10); // ...within ratio * calls + reserve
  }, 60_000);
});

describe("User-Agent", () => {
  it("names the package version and the spec's Camunda version; a caller's header wins", async () => {
    server = await startServer((_req, res) => json(res, 200, topology));
    await createCamundaClient({ baseUrl: server.address }).GET("/topology");
    await createCamundaClient({ baseUrl: server.address, headers: { "user-agent": "mine/1" } }).GET("/topology");
    expect(server.seen[0]!.headers["user-agent"]).toMatch(
      new RegExp(`^c8rest-client/\\d+\\.\\d+\\.\\d+\\S* camunda-api/${specInfo.camundaVersion.replace(".", "\\.")} node/20\\.`),
    );
    expect(server.seen[1]!.headers["user-agent"]).toBe("mine/1");
  });

  it("is not set where the runtime has no process.versions.node (a browser); an explicit userAgent still is", async () => {
    server = await startServer((_req, res) => json(res, 200, topology));
    const versions = process.versions;
    // As in a browser: no Node version to be found (the headers Node's fetch adds itself stay).
    Object.defineProperty(process, "versions", { value: {}, configurable: true });
    try {
      await createCamundaClient({ baseUrl: server.address }).GET("/topology");
      await createCamundaClient({ baseUrl: server.address, userAgent: "explicit/1" }).GET("/topology");
    } finally {
      Object.defineProperty(process, "versions", { value: versions, configurable: true });
    }
    expect(server.seen[0]!.headers["user-agent"]).not.toMatch(/c8rest-client/);
    expect(server.seen[1]!.headers["user-agent"]).toBe("explicit/1");
  });
});

describe("request bodies across attempts", () => {
  it("re-sends a multipart deployment intact when backpressure rejected the first attempt", async () => {
    server = await startServer((_req, res, _s, n) =>
      n === 1 ? json(res, 503, { title: "RESOURCE_EXHAUSTED", status: 503 }) : json(res, 200, { deploymentKey: "1", tenantId: "<default>", deployments: [] }),
    );
    const client = createCamundaClient({ baseUrl: server.address, retry: { baseDelayMs: 1 } });
    const { data } = await client.POST("/deployments", {
      body: { resources: [] },
      bodySerializer: () => {
        const form = new FormData();
        form.append("resources", new Blob(["<bpmn/>"], { type: "application/xml" }), "order.bpmn");
        return form;
      },
    });
    expect(data?.deploymentKey).toBe("1");
    expect(server.seen).toHaveLength(2);
    expect(server.seen[1]!.body).toBe(server.seen[0]!.body);
    expect(server.seen[1]!.body).toContain('filename="order.bpmn"');
    expect(server.seen[1]!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  });
});

describe("secrets", () => {
  it("transport errors never show the Authorization header", async () => {
    const { inspect } = await import("node:util");
    const auth: Middleware = {
      onRequest: ({ request }) => {
        request.headers.set("authorization", "Bearer s3cr3t-token");
        return request;
      },
    };
    server = await startServer((req, res, _s, n) => (n === 1 ? undefined : req.socket.destroy()));
    const client = createCamundaClient({ baseUrl: server.address, middleware: [auth], timeoutMs: 200 });
    const timeout = await client.GET("/topology").catch((e: unknown) => e);
    const reset = await client.POST("/process-instances", { body: { processDefinitionId: "p" } }).catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(CamundaTimeoutError);
    expect(reset).toBeInstanceOf(CamundaNetworkError);
    for (const e of [timeout, reset]) {
      const shown = `${inspect(e, { depth: 10 })}${JSON.stringify(e)}${String(e)}`;
      expect(shown).not.toContain("s3cr3t");
      expect(shown).not.toMatch(/authorization/i);
    }
  });
});
