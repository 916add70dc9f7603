// Pure retry decisions and the transport loop with an injected sleep and random source (no real waiting).
import { describe, expect, it } from "vitest";
import { createTransport, CamundaConfigError, createCamundaClient } from "../src/index.js";
import { RetryBudget } from "../src/transport/budget.js";
import { backoffMs, networkErrorRetryable, parseRetryAfter, statusRetryable } from "../src/transport/retry-policy.js";
import { isIdempotent, isLongPoll } from "../src/transport/routes.js";
import { json, startServer } from "./support/http-server.js";

describe("retry policy", () => {
  it("parses Retry-After as delay-seconds and as an HTTP date (RFC 9110 §10.2.3)", () => {
    const now = Date.parse("2026-11-27T12:00:00Z");
    expect(parseRetryAfter("1", now)).toBe(1000);
    expect(parseRetryAfter(" 120 ", now)).toBe(120_000);
    expect(parseRetryAfter("Fri, 27 Nov 2026 12:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Fri, 27 Nov 2026 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-1", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("uses full jitter under an exponential ceiling capped at maxDelayMs", () => {
    expect(backoffMs(1, 100, 5000, () => 0.999)).toBe(99);
    expect(backoffMs(3, 100, 5000, () => 0.5)).toBe(200);
    expect(backoffMs(20, 100, 5000, () => 0.999)).toBe(4995);
    expect(backoffMs(2, 100, 5000, () => 0)).toBe(0);
  });

  it("knows which requests are idempotent from the method and the generated query table", () => {
    expect(isIdempotent("GET", "/topology")).toBe(true);
    expect(isIdempotent("PUT", "/users/demo")).toBe(true);
    expect(isIdempotent("DELETE", "/users/demo")).toBe(true);
    expect(isIdempotent("POST", "/process-instances/search")).toBe(true);
    expect(isIdempotent("POST", "/user-tasks/2251799813685249/variables/search")).toBe(true);
    expect(isIdempotent("POST", "/process-instances")).toBe(false);
    expect(isIdempotent("POST", "/jobs/activation")).toBe(false);
    expect(isIdempotent("PATCH", "/jobs/1")).toBe(false);
    expect(isLongPoll("POST", "/jobs/activation")).toBe(true);
    expect(isLongPoll("POST", "/process-instances/search")).toBe(false);
  });

  it("retries statuses and network errors only where that is safe", () => {
    expect(statusRetryable(429, false, false)).toBe(true);
    expect(statusRetryable(503, false, true)).toBe(true);
    expect(statusRetryable(500, false, true)).toBe(true);
    expect(statusRetryable(503, false, false)).toBe(false);
    expect(statusRetryable(502, true, false)).toBe(true);
    expect(statusRetryable(501, true, false)).toBe(false);
    expect(statusRetryable(401, true, false)).toBe(false);
    expect(statusRetryable(403, true, false)).toBe(false);
    expect(statusRetryable(404, true, false)).toBe(false);
    expect(networkErrorRetryable("ECONNRESET", true)).toBe(true);
    expect(networkErrorRetryable("ECONNRESET", false)).toBe(false);
    expect(networkErrorRetryable("UND_ERR_SOCKET", false)).toBe(false);
    expect(networkErrorRetryable("ECONNREFUSED", false)).toBe(true);
    expect(networkErrorRetryable("SELF_SIGNED_CERT_IN_CHAIN", true)).toBe(false);
  });

  it("bounds retries with a token bucket: reserve first, then ratio per call", () => {
    const budget = new RetryBudget({ ratio: 0.5, reserve: 2 });
    expect([budget.tryRetry(), budget.tryRetry(), budget.tryRetry()]).toEqual([true, true, false]);
    budget.onCall();
    expect(budget.tryRetry()).toBe(false);
    budget.onCall();
    expect(budget.tryRetry()).toBe(true);
    for (let i = 0; i < 100; i++) budget.onCall();
    expect([budget.tryRetry(), budget.tryRetry(), budget.tryRetry()]).toEqual([true, true, false]);
  });
});

describe("transport loop with an injected sleep", () => {
  function recordingSleep() {
    const waits: number[] = [];
    return { waits, sleep: async (ms: number) => void waits.push(ms) };
  }

  it("waits until an HTTP-date Retry-After", async () => {
    const server = await startServer((_req, res, _s, n) =>
      n === 1
        ? json(res, 503, { title: "RESOURCE_EXHAUSTED", status: 503 }, { "retry-after": new Date(Date.now() + 3000).toUTCString() })
        : json(res, 200, { ok: true }),
    );
    try {
      const { waits, sleep } = recordingSleep();
      const transport = createTransport({ sleep });
      const response = await transport(new Request(`${server.address}/v2/process-instances`, { method: "POST", body: "{}" }));
      expect(response.status).toBe(200);
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThan(1000);
      expect(waits[0]).toBeLessThanOrEqual(3000);
    } finally {
      await server.close();
    }
  });

  it("does not wait for a Retry-After above maxRetryAfterMs: the caller gets the 429", async () => {
    const server = await startServer((_req, res) => json(res, 429, { status: 429 }, { "retry-after": "3600" }));
    try {
      const { waits, sleep } = recordingSleep();
      const transport = createTransport({ sleep, retry: { maxRetryAfterMs: 60_000 } });
      const response = await transport(new Request(`${server.address}/v2/topology`));
      expect(response.status).toBe(429);
      expect(waits).toEqual([]);
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it("backs off with jitter between attempts and stops at maxAttempts", async () => {
    const server = await startServer((_req, res) => json(res, 502, { status: 502 }));
    try {
      const { waits, sleep } = recordingSleep();
      const transport = createTransport({ sleep, random: () => 0.5, retry: { maxAttempts: 4, baseDelayMs: 100 } });
      const response = await transport(new Request(`${server.address}/v2/topology`));
      expect(response.status).toBe(502);
      expect(waits).toEqual([50, 100, 200]);
      expect(server.seen).toHaveLength(4);
    } finally {
      await server.close();
    }
  });

  it("does not retry when the wait would pass the call's timeout", async () => {
    const server = await startServer((_req, res) => json(res, 429, { status: 429 }, { "retry-after": "5" }));
    try {
      const { waits, sleep } = recordingSleep();
      const response = await createTransport({ sleep, timeoutMs: 2000 })(new Request(`${server.address}/v2/topology`));
      expect(response.status).toBe(429);
      expect(waits).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("retries a POST command when the connection was refused (it never reached a server)", async () => {
    const server = await startServer(() => {});
    const address = server.address;
    await server.close();
    const { waits, sleep } = recordingSleep();
    const transport = createTransport({ sleep, random: () => 0 });
    const error = await transport(new Request(`${address}/v2/process-instances`, { method: "POST", body: "{}" })).catch((e) => e);
    expect(error).toMatchObject({ name: "CamundaNetworkError", errorCode: "ECONNREFUSED", attempts: 3 });
    expect(error.message).toMatch(/nothing listens there/);
    expect(waits).toHaveLength(2);
  });

  it("rejects out-of-range settings with a CamundaConfigError naming the option", () => {
    expect(() => createCamundaClient({ baseUrl: "http://h:1", timeoutMs: 0 })).toThrow(CamundaConfigError);
    expect(() => createCamundaClient({ baseUrl: "http://h:1", timeoutMs: 2 ** 31 })).toThrow(/timeoutMs must be a number/);
    expect(() => createCamundaClient({ baseUrl: "http://h:1", retry: { maxAttempts: 0 } })).toThrow(/retry.maxAttempts/);
    expect(() => createCamundaClient({ baseUrl: "http://h:1", timeoutMs: Infinity })).not.toThrow();
  });
});

describe("transport called as a plain fetch", () => {
  it("accepts (url, init) and sends the init once", async () => {
    const server = await startServer((_req, res, seen) => json(res, 200, { echo: seen.body }));
    try {
      const response = await createTransport()(`${server.address}/v2/process-instances/search`, { method: "POST", body: '{"page":{"limit":1}}' });
      expect(await response.json()).toEqual({ echo: '{"page":{"limit":1}}' });
    } finally {
      await server.close();
    }
  });
});
