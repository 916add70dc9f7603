import { describe, expect, it } from "vitest";
import { oauthMiddleware } from "@c8rest/auth";
import { retryDelayMs } from "../src/backoff.ts";
import { DEFAULT_BACKOFF, type WorkerEvents } from "../src/index.ts";
import { clientOf, fakeServer, keptLogger, until, workerOn } from "./support/harness.ts";
import { findSecretLeaks } from "../../../config/test-support/secret-leaks.ts";

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("retryDelayMs", () => {
  it("doubles from the base up to the cap with equal jitter, and waits at least Retry-After", () => {
    const o = { baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, o, () => 0))).toEqual([50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, o, () => 0.999))).toEqual([99, 199, 399, 799, 999]);
    expect(retryDelayMs(1, o, () => 0, 3_000)).toBe(3_000);
    expect(retryDelayMs(1, o, () => 0, 10 * 60_000)).toBe(30_000); // the client's maxRetryAfterMs
    expect(DEFAULT_BACKOFF.maxDelayMs).toBeLessThanOrEqual(5_000);
  });
});

describe("activation outages", () => {
  it("a 5 s outage (503 RESOURCE_EXHAUSTED) costs a handful of requests with the default backoff; work resumes within one step", async () => {
    const server = await fakeServer();
    let outage = true;
    server.faults.activation = () => (outage ? { status: 503, title: "RESOURCE_EXHAUSTED", detail: "backpressure" } : undefined);
    const errors: WorkerEvents["pollError"][] = [];
    const worker = workerOn(server, { type: "outage", backoff: DEFAULT_BACKOFF, handler: (job) => job.complete() });
    worker.on("pollError", (e) => errors.push(e));
    await server.waitFor(() => server.counts.activation >= 1, { what: "the first activation" });
    const started = Date.now();
    await pause(5_000);
    const during = server.counts.activation;
    outage = false;
    const ended = Date.now();
    server.addJobs(3, { type: "outage" });
    await until(() => worker.stats.completed === 3, "work after the outage", 20_000);
    // With 250 ms doubling to a 5 s cap and a floor of half each step, 5 s hold at most 6 requests after the first.
    expect(during).toBeLessThanOrEqual(7);
    expect(during).toBeGreaterThanOrEqual(3);
    expect(errors.map((e) => e.failures)).toEqual(errors.map((_, i) => i + 1));
    expect(errors.every((e) => e.status === 503 && e.message.includes("RESOURCE_EXHAUSTED"))).toBe(true);
    const resumed = server.activations().find((r) => r.at >= ended)!.at;
    expect(resumed - ended).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxDelayMs + 3_000); // one step (the cap) and slack for a busy machine
    expect(ended - started).toBeGreaterThanOrEqual(4_990); // a timer may fire a millisecond before Date.now() says 5 s

    // After a success the backoff starts again from the base.
    outage = true;
    const before = errors.length;
    server.addJobs(1, { type: "outage" });
    await until(() => errors.length > before, "a failure after the recovery", 20_000);
    expect(errors[before]!.failures).toBe(1);
    expect(errors[before]!.delayMs).toBeLessThan(DEFAULT_BACKOFF.baseDelayMs);
  }, 60_000);

  it("connection refused backs off too, with a message that says so, and work resumes when the server is back", async () => {
    const server = await fakeServer();
    const errors: WorkerEvents["pollError"][] = [];
    await server.down();
    const worker = workerOn(server, { type: "refused", backoff: { baseDelayMs: 100, maxDelayMs: 400 }, handler: (job) => job.complete() });
    worker.on("pollError", (e) => errors.push(e));
    await until(() => errors.length >= 3, "three failed polls");
    expect(errors[0]!.message).toContain("ECONNREFUSED");
    expect(errors.map((e) => e.delayMs).every((d, i) => d >= Math.min(400, 100 * 2 ** i) / 2)).toBe(true);
    await server.up();
    server.addJobs(2, { type: "refused" });
    await until(() => worker.stats.completed === 2, "jobs after the server came back", 20_000);
  });

  it("honours Retry-After on 429", async () => {
    const server = await fakeServer();
    let first = true;
    server.faults.activation = () => (first ? ((first = false), { status: 429, title: "TOO_MANY_REQUESTS", headers: { "retry-after": "1" } }) : undefined);
    workerOn(server, { type: "slow-down", handler: (job) => job.complete() });
    await server.waitFor(() => server.counts.activation >= 2, { what: "the retry" });
    const [a, b] = server.activations();
    // The base backoff here is 20 ms: only Retry-After explains a full second.
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(990);
  });

  it("401 after the auth middleware's replay is reported and backs off; it never spins", async () => {
    const server = await fakeServer({ auth: { clientId: "worker", clientSecret: "s3cret-value-42" } });
    server.rejectAllTokens = true;
    const logger = keptLogger();
    const client = clientOf(server, { middleware: [oauthMiddleware({ clientId: "worker", clientSecret: "s3cret-value-42", tokenUrl: `${server.url}/oauth/token` })] });
    const errors: WorkerEvents["pollError"][] = [];
    const worker = workerOn(server, { type: "auth", logger, backoff: { baseDelayMs: 100, maxDelayMs: 400 }, handler: (job) => job.complete() }, client);
    worker.on("pollError", (e) => errors.push(e));
    await until(() => errors.length >= 4, "four failed polls");
    expect(errors.every((e) => e.status === 401)).toBe(true);
    // Each poll is one request plus the middleware's one replay; the waits between polls grow.
    expect(server.counts.activation).toBeLessThanOrEqual(2 * (errors.length + 1));
    expect(errors.slice(1).every((e, i) => e.delayMs >= errors[i]!.delayMs / 2)).toBe(true);
    expect(errors.reduce((sum, e) => sum + e.delayMs, 0)).toBeGreaterThanOrEqual(50 + 100 + 200);
    const tokens = [...server.requests].map((r) => /^Bearer (.+)$/.exec(String(r.headers.authorization ?? ""))?.[1]).filter((t): t is string => !!t);
    expect(tokens.length).toBeGreaterThan(0);
    const output = [...logger.lines, ...errors.map((e) => JSON.stringify(e))];
    expect(findSecretLeaks(output, ["s3cret-value-42", ...tokens], ["worker"])).toEqual([]);
  });

  it("invalid_client from the token endpoint is reported and backs off", async () => {
    const server = await fakeServer({ auth: { clientId: "worker", clientSecret: "wrong-secret-77" } });
    server.tokenMode = "invalid_client";
    const logger = keptLogger();
    const client = clientOf(server, { middleware: [oauthMiddleware({ clientId: "worker", clientSecret: "wrong-secret-77", tokenUrl: `${server.url}/oauth/token` })] });
    const errors: WorkerEvents["pollError"][] = [];
    const worker = workerOn(server, { type: "auth", logger, backoff: { baseDelayMs: 100, maxDelayMs: 400 }, handler: (job) => job.complete() }, client);
    worker.on("pollError", (e) => errors.push(e));
    await until(() => errors.length >= 3, "three failed polls");
    expect(errors[0]!.message).toContain("invalid_client");
    expect(server.counts.activation).toBe(0);
    expect(server.counts.token).toBeLessThanOrEqual(2 * errors.length + 2);
    expect(findSecretLeaks([...logger.lines, ...errors.map((e) => JSON.stringify(e))], ["wrong-secret-77"], ["worker"])).toEqual([]);
  });
});
