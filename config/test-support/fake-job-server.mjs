// A stateful fake of the Orchestration Cluster's job endpoints (node:http on 127.0.0.1), shared by the worker's
// tests, the bench and the tarball test. It holds jobs with locks and timeouts as the engine does
// (https://docs.camunda.io/docs/components/concepts/job-workers/): an activated job is locked until its deadline, then
// activatable again under the same key; completion, failure and error commands are accepted only while the lock
// holds (404 otherwise). Long polls (`requestTimeout`) are held until jobs arrive or the timeout ends; faults (an HTTP
// status, a connection reset before or after processing) can be injected per request; everything is counted.
// Run as a program (`node fake-job-server.mjs`), it prints {"port":N} and serves `POST /test/jobs` and `GET /test/stats`
// for tests in another process. Types: fake-job-server.d.mts.
import { createServer } from "node:http";

const KEY_BASE = 2251799813685249n * 1000n; // keys beyond 2^53: they must stay strings

function problem(res, status, title, detail) {
  const body = JSON.stringify({ type: "about:blank", title, status, detail });
  res.writeHead(status, { "content-type": "application/problem+json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function send(res, status, value, headers = {}) {
  const body = value === undefined ? "" : JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", () => resolve(""));
  });
}

/** Starts a fake job server. See fake-job-server.d.mts for the options and the returned object. */
export async function startFakeJobServer(options = {}) {
  const record = options.record ?? true;
  const jobs = new Map();
  const queues = new Map(); // type -> Set of activatable keys, in order
  const held = new Map(); // worker -> Set of keys locked by it
  const waiters = [];
  const backoffs = new Set(); // failed jobs waiting for their retryBackOff
  const listeners = new Set();
  const sockets = new Set();
  const requests = [];
  const counts = { activation: 0, completion: 0, failure: 0, error: 0, token: 0, other: 0, pollsClosed: 0, timedOut: 0, settled: 0, rejected: 0 };
  const maxHeld = new Map();
  const issued = new Set();
  let next = 0;
  let activationIds = 0;

  const queueOf = (type) => queues.get(type) ?? (queues.set(type, new Set()), queues.get(type));
  const emit = (event, data) => {
    for (const l of [...listeners]) l(event, data);
  };

  function release(job) {
    held.get(job.worker)?.delete(job.jobKey);
    job.worker = undefined;
    job.lockedUntil = 0;
  }

  function makeActivatable(job) {
    job.state = "activatable";
    queueOf(job.type).add(job.jobKey);
  }

  function expireLocks(now = Date.now()) {
    let freed = false;
    for (const set of held.values()) {
      for (const key of set) {
        const job = jobs.get(key);
        if (job.lockedUntil <= now) {
          release(job);
          counts.timedOut++;
          job.timeouts++;
          makeActivatable(job);
          emit("timed-out", job);
          freed = true;
        }
      }
    }
    for (const job of backoffs) {
      if (job.retryAt <= now) {
        backoffs.delete(job);
        makeActivatable(job);
        freed = true;
      }
    }
    return freed;
  }

  function grant(body, worker) {
    const queue = queues.get(body.type);
    const out = [];
    if (!queue) return out;
    const tenants = Array.isArray(body.tenantIds) && body.tenantIds.length > 0 ? body.tenantIds : undefined;
    const now = Date.now();
    const activation = ++activationIds;
    for (const key of queue) {
      if (out.length >= body.maxJobsToActivate) break;
      const job = jobs.get(key);
      if (tenants && !tenants.includes(job.tenantId)) continue;
      queue.delete(key);
      job.state = "activated";
      job.worker = worker;
      job.activation = activation;
      job.lockedUntil = now + body.timeout;
      job.activations++;
      (held.get(worker) ?? (held.set(worker, new Set()), held.get(worker))).add(key);
      out.push(job);
    }
    if (out.length) {
      const size = held.get(worker).size;
      if (size > (maxHeld.get(worker) ?? 0)) maxHeld.set(worker, size);
    }
    return out;
  }

  const wire = (job) => ({
    type: job.type,
    processDefinitionId: job.processDefinitionId,
    processDefinitionVersion: 1,
    elementId: "task",
    customHeaders: job.customHeaders,
    worker: job.worker,
    retries: job.retries,
    deadline: job.lockedUntil + server_.clockSkewMs,
    variables: job.variables,
    tenantId: job.tenantId,
    jobKey: job.jobKey,
    processInstanceKey: job.processInstanceKey,
    processDefinitionKey: "2251799813685100",
    elementInstanceKey: job.elementInstanceKey,
    kind: "BPMN_ELEMENT",
    listenerEventType: "UNSPECIFIED",
    userTask: null,
    tags: [],
    rootProcessInstanceKey: null,
  });

  function answerActivation(waiter, granted) {
    clearTimeout(waiter.timer);
    waiter.done = true;
    const i = waiters.indexOf(waiter);
    if (i >= 0) waiters.splice(i, 1);
    if (waiter.fault?.reset === "after") {
      waiter.res.socket?.destroy();
      return;
    }
    send(waiter.res, 200, { jobs: granted.map(wire) });
    for (const job of granted) emit("activated", job);
  }

  function serveWaiters() {
    for (const waiter of [...waiters]) {
      const granted = grant(waiter.body, waiter.worker);
      if (granted.length) answerActivation(waiter, granted);
    }
  }

  const sweeper = setInterval(() => {
    if (expireLocks()) serveWaiters();
  }, options.sweepMs ?? 20);
  sweeper.unref();

  function authorised(req) {
    if (!options.auth) return true;
    if (server_.rejectAllTokens) return false;
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    return token !== undefined && issued.has(token);
  }

  function onToken(res, text) {
    counts.token++;
    const form = new URLSearchParams(text);
    const a = options.auth;
    if (server_.tokenMode === "invalid_client" || form.get("client_id") !== a.clientId || form.get("client_secret") !== a.clientSecret) {
      return send(res, 401, { error: "invalid_client", error_description: "client authentication failed" });
    }
    const token = `fake-token-${issued.size + 1}-${Math.random().toString(36).slice(2)}`;
    issued.add(token);
    return send(res, 200, { access_token: token, token_type: "Bearer", expires_in: 300 });
  }

  function applyFault(fault, res) {
    if (!fault) return false;
    if (fault.reset === "before") {
      res.socket?.destroy();
      return true;
    }
    if (fault.status) {
      const body = JSON.stringify(fault.body ?? { type: "about:blank", title: fault.title ?? "FAULT", status: fault.status, detail: fault.detail ?? "injected fault" });
      res.writeHead(fault.status, { "content-type": "application/problem+json", "content-length": Buffer.byteLength(body), ...fault.headers });
      res.end(body);
      return true;
    }
    return false;
  }

  async function onActivation(req, res, body) {
    counts.activation++;
    emit("activation-request", body);
    const fault = server_.faults.activation?.(body);
    if (applyFault(fault, res)) return;
    if (typeof body?.type !== "string" || !(body.timeout > 0) || !(body.maxJobsToActivate > 0)) {
      return problem(res, 400, "INVALID_ARGUMENT", "type, timeout and maxJobsToActivate are required");
    }
    const worker = body.worker ?? "default";
    expireLocks();
    const waiter = { req, res, body, worker, fault, done: false, timer: undefined };
    const granted = grant(body, worker);
    if (granted.length || body.requestTimeout < 0) return answerActivation(waiter, granted);
    waiters.push(waiter);
    waiter.timer = setTimeout(() => answerActivation(waiter, []), body.requestTimeout > 0 ? body.requestTimeout : 10_000);
    res.on("close", () => {
      if (waiter.done) return;
      waiter.done = true;
      clearTimeout(waiter.timer);
      waiters.splice(waiters.indexOf(waiter), 1);
      counts.pollsClosed++;
      emit("poll-closed", body);
    });
    emit("poll-open", body);
  }

  async function onSettle(req, res, key, action, body) {
    counts[action]++;
    const fault = server_.faults.settle?.({ jobKey: key, action, body });
    if (applyFault(fault, res)) return;
    const job = jobs.get(key);
    if (!job || job.state !== "activated" || job.lockedUntil <= Date.now()) {
      counts.rejected++;
      return problem(res, 404, "NOT_FOUND", `Job with key '${key}' not found or not activated`);
    }
    release(job);
    job.settlements.push({ action, body, at: Date.now() });
    counts.settled++;
    if (action === "completion") job.state = "completed";
    else if (action === "error") job.state = "error-thrown";
    else {
      job.retries = body?.retries ?? 0;
      job.failures.push(body);
      if (job.retries <= 0) job.state = "incident";
      else if (body?.retryBackOff > 0) backoffs.add(Object.assign(job, { state: "backoff", retryAt: Date.now() + body.retryBackOff }));
      else makeActivatable(job);
    }
    emit("settled", job);
    if (fault?.reset === "after") return res.socket?.destroy();
    res.writeHead(204).end();
    if (job.state === "activatable") serveWaiters();
  }

  const server = createServer(async (req, res) => {
    const arrived = Date.now();
    const path = (req.url ?? "").split("?")[0];
    const text = await readBody(req);
    if (req.method === "POST" && path === "/oauth/token" && options.auth) return onToken(res, text);
    let body;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return problem(res, 400, "INVALID_ARGUMENT", "body is not JSON");
    }
    if (record) requests.push({ method: req.method, path, body, headers: req.headers, at: arrived });
    if (path === "/test/stats") return send(res, 200, server_.stats());
    if (req.method === "POST" && path === "/test/jobs") return send(res, 200, { keys: server_.addJobs(body.count, body) });
    if (!authorised(req)) {
      res.setHeader("www-authenticate", 'Bearer error="invalid_token"');
      return problem(res, 401, "Unauthorized", "no valid token");
    }
    if (req.method === "POST" && path === "/v2/jobs/activation") return onActivation(req, res, body);
    const m = /^\/v2\/jobs\/(-?\d+)\/(completion|failure|error)$/.exec(path);
    if (req.method === "POST" && m) return onSettle(req, res, m[1], m[2], body ?? {});
    counts.other++;
    return problem(res, 404, "NOT_FOUND", `${req.method} ${path}`);
  });
  server.keepAliveTimeout = 60_000;
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  const listen = (port) => new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => (server.off("error", reject), resolve(server.address().port)));
  });
  const port = await listen(options.port ?? 0);
  const stopListening = () =>
    new Promise((resolve) => {
      for (const w of [...waiters]) w.res.socket?.destroy();
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });

  const server_ = {
    url: `http://127.0.0.1:${port}`,
    port,
    jobs,
    requests,
    counts,
    maxHeld,
    faults: {},
    tokenMode: "ok",
    clockSkewMs: 0,
    rejectAllTokens: false,
    addJobs(count, spec = {}) {
      const keys = [];
      for (let i = 0; i < count; i++) {
        const n = ++next;
        const jobKey = String(KEY_BASE + BigInt(n));
        const job = {
          jobKey,
          type: spec.type ?? "test-job",
          tenantId: spec.tenantIds?.[i % spec.tenantIds.length] ?? spec.tenantId ?? "<default>",
          variables: typeof spec.variables === "function" ? spec.variables(i) : (spec.variables ?? { n }),
          customHeaders: spec.customHeaders ?? {},
          retries: spec.retries ?? 3,
          processDefinitionId: "test-process",
          processInstanceKey: String(KEY_BASE + 500_000_000n + BigInt(n)),
          elementInstanceKey: String(KEY_BASE + 600_000_000n + BigInt(n)),
          state: "activatable",
          worker: undefined,
          lockedUntil: 0,
          activations: 0,
          timeouts: 0,
          settlements: [],
          failures: [],
        };
        jobs.set(jobKey, job);
        queueOf(job.type).add(jobKey);
        keys.push(jobKey);
      }
      serveWaiters();
      return keys;
    },
    openPolls: () => waiters.length,
    activations: () => requests.filter((r) => r.path === "/v2/jobs/activation"),
    stats() {
      const byType = {};
      for (const job of jobs.values()) {
        const t = (byType[job.type] ??= { jobs: 0, completed: 0, settlements: 0 });
        t.jobs++;
        if (job.state === "completed") t.completed++;
        t.settlements += job.settlements.length;
      }
      return { ...counts, openPolls: waiters.length, byType, maxHeld: Object.fromEntries(maxHeld) };
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    waitFor(predicate, { timeoutMs = 60_000, what = "a condition" } = {}) {
      return new Promise((resolve, reject) => {
        if (predicate()) return resolve();
        const check = () => {
          if (!predicate()) return;
          cleanup();
          resolve();
        };
        const timer = setTimeout(() => (cleanup(), reject(new Error(`fake job server: ${what} did not happen within ${timeoutMs} ms`))), timeoutMs);
        const poll = setInterval(check, 10);
        const off = server_.on(check);
        const cleanup = () => (clearTimeout(timer), clearInterval(poll), off());
      });
    },
    /** Stops listening (clients get connection refused) until `up()`. */
    down: stopListening,
    up: () => listen(port),
    close: async () => {
      clearInterval(sweeper);
      if (server.listening) await stopListening();
    },
  };
  return server_;
}

const isMain = process.argv[1] && new URL(import.meta.url).pathname === process.argv[1];
if (isMain) {
  const fake = await startFakeJobServer({ record: false });
  process.stdout.write(JSON.stringify({ port: fake.port }) + "\n");
  const exit = () => fake.close().then(() => process.exit(0));
  process.on("SIGTERM", exit);
  process.on("disconnect", exit);
}
