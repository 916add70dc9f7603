// One deadline per call (createCamundaClient + oauthMiddleware): the token wait, every attempt, the waits between
// them, the 401 replay and the body read share the call's `timeoutMs`, whatever the token endpoint or the API does.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { CamundaTimeoutError, createCamundaClient, withCallOptions } from "@c8rest/client";
import { afterEach, describe, expect, it } from "vitest";
import { oauthMiddleware } from "../src/middleware.ts";
import { createOAuthTokenProvider } from "../src/provider.ts";

const TIMEOUT_MS = 1_000;
/**
 * How late a call may end after its deadline: the timer's own lateness plus the rejection reaching the caller. Generous
 * because the test machine is shared and loaded; before the fix these calls took 6 s and more.
 */
const SLACK_MS = 250;

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function serve(handler: Handler): Promise<{ url: string; hits: () => number }> {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => handler(req, res, n++));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => n };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};
const tokenReply = (res: ServerResponse, n: number) => json(res, 200, { access_token: `token-${n}-abcdefgh`, token_type: "Bearer", expires_in: 300 });
const topology = { clusterSize: 1, partitionsCount: 1, replicationFactor: 1, gatewayVersion: "8.9.0", brokers: [] };

function client(api: string, tokenUrl: string, timeoutMs = TIMEOUT_MS) {
  return createCamundaClient({
    baseUrl: api,
    timeoutMs,
    middleware: [oauthMiddleware({ clientId: "deadline-client", clientSecret: "deadline-secret", tokenUrl })],
  });
}

interface Outcome {
  error: unknown;
  ms: number;
  /** When a control timer of the same length, started with the call, fired (ms from the start; its lateness is the machine's). */
  controlMs: number;
}

/**
 * Runs the call; returns what it threw, how long it took, and when a control timer of `limitMs` started with it
 * fired: on a loaded machine every timer fires late, the call's deadline timer as much as the control.
 */
async function timed(call: () => Promise<unknown>, limitMs = TIMEOUT_MS): Promise<Outcome> {
  const started = performance.now();
  let controlMs: number | undefined;
  const control = new Promise<void>((resolve) => setTimeout(() => resolve(void (controlMs = performance.now() - started)), limitMs));
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  const ms = performance.now() - started;
  // A call that ended after the limit has the control's time; one that ended before it does not need it.
  if (ms >= limitMs) await control;
  return { error, ms, controlMs: controlMs ?? limitMs };
}

/** The call ended by its limit plus the slack, the limit taken as late as the machine made the control timer. */
function expectEndedBy(outcome: Outcome, limitMs: number) {
  expect(outcome.ms).toBeLessThanOrEqual(Math.max(limitMs, outcome.controlMs) + SLACK_MS);
}

function expectTimeout(outcome: Outcome, operation: string, timeoutMs = TIMEOUT_MS) {
  expect(outcome.error).toBeInstanceOf(CamundaTimeoutError);
  expect(outcome.error).toMatchObject({ code: "C8REST_TIMEOUT", operation, timeoutMs });
  expect(outcome.ms).toBeGreaterThanOrEqual(timeoutMs - 20);
  expectEndedBy(outcome, timeoutMs);
}

describe(`one deadline per call: timeoutMs ${TIMEOUT_MS} ends the call by ${TIMEOUT_MS} + ${SLACK_MS} ms`, () => {
  it("the token endpoint hangs (its own 10 s timeout and retries would take 30 s)", async () => {
    const tokens = await serve(() => {}); // never answers
    const api = await serve((_req, res) => json(res, 200, topology));
    const outcome = await timed(() => client(api.url, `${tokens.url}/token`).GET("/topology"));
    expectTimeout(outcome, "GET /topology");
    expect((outcome.error as CamundaTimeoutError).attempts).toBe(0); // no request reached the API
    expect(api.hits()).toBe(0);
  });

  it("the token endpoint answers 429 with Retry-After: 30", async () => {
    const tokens = await serve((_req, res) => json(res, 429, { error: "slow_down" }, { "retry-after": "30" }));
    const api = await serve((_req, res) => json(res, 200, topology));
    const outcome = await timed(() =>
      client(api.url, `${tokens.url}/token`).GET("/process-instances/{processInstanceKey}", { params: { path: { processInstanceKey: "2251799813685249" } } }),
    );
    // No request was built yet: the operation names the path template.
    expectTimeout(outcome, "GET /process-instances/{processInstanceKey}");
    expect(tokens.hits()).toBe(1);
    expect(api.hits()).toBe(0);
  });

  it("a slow 401, a slow token refresh, and a replay that hangs: the replay gets no second timeoutMs", async () => {
    const tokens = await serve((_req, res, n) => (n === 0 ? tokenReply(res, n) : setTimeout(() => tokenReply(res, n), 300)));
    const api = await serve((req, res, n) => {
      if (n === 0) return json(res, 200, topology); // warm-up: the first token is cached
      if (req.headers.authorization === "Bearer token-0-abcdefgh") return void setTimeout(() => json(res, 401, { title: "Unauthorized" }), 500);
      // the replay with the new token: never answered
    });
    const c = client(api.url, `${tokens.url}/token`);
    expect((await c.GET("/topology")).data).toEqual(topology);
    const outcome = await timed(() => c.POST("/process-instances/search", { body: { filter: { state: "ACTIVE" } } }));
    expectTimeout(outcome, "POST /process-instances/search");
    expect(api.hits()).toBe(3); // warm-up, the 401, the replay
    expect(tokens.hits()).toBe(2);
  });

  it("the response body trickles in (headers at once, a byte every 100 ms)", async () => {
    const tokens = await serve((_req, res, n) => tokenReply(res, n));
    const api = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("[");
      const timer = setInterval(() => (res.writableEnded || res.destroyed ? clearInterval(timer) : res.write(" ")), 100);
      res.on("close", () => clearInterval(timer));
    });
    const outcome = await timed(() => client(api.url, `${tokens.url}/token`).GET("/topology"));
    expectTimeout(outcome, "GET /topology");
    expect((outcome.error as CamundaTimeoutError).attempts).toBe(1);
  });

  it("retries and their waits share it too: 503 with Retry-After 1 s twice against timeoutMs 1500", async () => {
    const tokens = await serve((_req, res, n) => tokenReply(res, n));
    const api = await serve((_req, res, n) =>
      n < 2 ? json(res, 503, { title: "UNAVAILABLE" }, { "retry-after": "1" }) : setTimeout(() => json(res, 200, topology), 5_000),
    );
    const outcome = await timed(() => client(api.url, `${tokens.url}/token`, 1_500).GET("/topology"), 1_500);
    // The second Retry-After does not fit the time left: the call ends with that 503, before its deadline.
    expect(outcome.error).toBeUndefined();
    expectEndedBy(outcome, 1_500);
    expect(api.hits()).toBe(2);
  });
});

describe("the caller's signal and the shared token request", () => {
  it("the caller's signal still ends a call sooner, during the token wait, with the signal's reason (as fetch does)", async () => {
    const tokens = await serve(() => {});
    const api = await serve((_req, res) => json(res, 200, topology));
    const reason = new Error("caller gave up");
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 200);
    const outcome = await timed(() => client(api.url, `${tokens.url}/token`).GET("/topology", { signal: controller.signal }));
    expect(outcome.error).toBe(reason);
    expect(outcome.ms).toBeLessThan(TIMEOUT_MS);
  });

  it("an already aborted signal: the call rejects at once with its reason, nothing is sent", async () => {
    const tokens = await serve((_req, res, n) => tokenReply(res, n));
    const api = await serve((_req, res) => json(res, 200, topology));
    const signal = AbortSignal.abort(new Error("before it started"));
    await expect(client(api.url, `${tokens.url}/token`).GET("/topology", { signal })).rejects.toThrow("before it started");
    expect(tokens.hits() + api.hits()).toBe(0);
  });

  it("a token request abandoned by a timed-out call finishes for the other callers: still one token request", async () => {
    const tokens = await serve((_req, res, n) => setTimeout(() => tokenReply(res, n), 600));
    const api = await serve((_req, res) => json(res, 200, topology));
    const provider = createOAuthTokenProvider({ clientId: "deadline-client", clientSecret: "deadline-secret", tokenUrl: `${tokens.url}/token` });
    const c = createCamundaClient({ baseUrl: api.url, timeoutMs: 5_000, middleware: [oauthMiddleware(provider)] });
    const impatient = timed(() => withCallOptions(c, { timeoutMs: 200 }).GET("/topology"), 200);
    const patient = c.GET("/topology");
    const early = await impatient;
    expectTimeout(early, "GET /topology", 200);
    expect((await patient).data).toEqual(topology);
    expect(tokens.hits()).toBe(1);
    expect(api.hits()).toBe(1);
  });
});
