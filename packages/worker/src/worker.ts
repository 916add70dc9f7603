// The activation loop, the slots and the graceful stop of a job worker.
// See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/specifications/activate-jobs/
import { withCallOptions, type CamundaClient, type RequestBody } from "@c8rest/client";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { retryAfterOf, retryDelayMs, sleep } from "./backoff.js";
import { JobAbortedError } from "./errors.js";
import { describeError } from "./messages.js";
import { Observer, type WorkerEventName, type WorkerEvents, type WorkerStats } from "./observe.js";
import { resolveGrace, resolveOptions, type JobWorkerOptions } from "./options.js";
import { release, startJob, type Held, type RunnerDeps } from "./run-job.js";

/** A running job worker. */
export interface JobWorker {
  readonly type: string;
  readonly workerName: string;
  /** `"running"`, `"stopping"` (after `stop()`), `"stopped"` (when `stop()` resolved). */
  readonly state: "running" | "stopping" | "stopped";
  /** A snapshot of the counters. */
  readonly stats: WorkerStats;
  /** Listens to an event; returns a function that removes the listener. */
  on<E extends WorkerEventName>(event: E, listener: (event: WorkerEvents[E]) => void): () => void;
  /**
   * Stops: no activation after the call (an open long poll is aborted), handlers may finish within `graceMs`
   * (default 10 s), then their signals fire and their jobs are released (failed with unchanged retries, so the
   * cluster gives them out again at once). Resolves when every held job is settled or released. Safe to call twice.
   */
  stop(options?: { graceMs?: number }): Promise<void>;
}

/**
 * Creates and starts a job worker on a client made by `createCamundaClient`: it long-polls `POST /jobs/activation`
 * for as many jobs as it has free slots, hands each job to `handler`, settles it with retries within its deadline,
 * backs off (exponentially, with jitter, honouring `Retry-After`) while activation fails, and stops gracefully.
 * See https://docs.camunda.io/docs/components/concepts/job-workers/
 *
 * @throws {CamundaConfigError} when an option cannot work (nothing is sent then).
 * @example
 * const worker = createJobWorker(client, {
 *   type: "charge-card",
 *   maxParallelJobs: 8,
 *   handler: async (job) => job.complete({ charged: true }),
 * });
 * process.on("SIGTERM", () => void worker.stop({ graceMs: 10_000 }));
 */
export function createJobWorker<S extends StandardSchemaV1 | undefined = undefined>(
  client: CamundaClient,
  options: JobWorkerOptions<S>,
): JobWorker {
  const o = resolveOptions(options as JobWorkerOptions<StandardSchemaV1 | undefined>);
  // The worker makes its own retries (with the job's deadline, the worker's backoff): one request per attempt.
  const once = withCallOptions(client, { retry: false });
  const observer = new Observer(`[worker ${o.workerName} ${o.type}]`, options.logger ?? console, options.logLevel ?? "warn");
  const held = new Map<string, Held>();
  const stopping = new AbortController();
  let state: JobWorker["state"] = "running";
  let poll: AbortController | undefined;
  let wake: (() => void) | undefined;
  let stopped: Promise<void> | undefined;

  const deps: RunnerDeps = {
    jobTimeoutMs: o.jobTimeoutMs,
    schema: options.inputSchema,
    handler: options.handler as RunnerDeps["handler"],
    observer,
    settleContext: { client: once, backoff: o.backoff, random: Math.random },
  };
  const finished = (h: Held) => {
    held.delete(h.info.jobKey);
    wake?.();
  };
  const slotFreed = () => new Promise<void>((resolve) => (wake = resolve)).finally(() => (wake = undefined));

  const body = (free: number): RequestBody<"activateJobs"> => ({
    type: o.type,
    worker: o.workerName,
    timeout: o.jobTimeoutMs,
    maxJobsToActivate: free,
    requestTimeout: o.pollTimeoutMs,
    ...(o.fetchVariables && { fetchVariable: o.fetchVariables }),
    // Only when set: otherwise the client's default tenant (if any) fills it.
    ...(o.tenantIds && { tenantIds: o.tenantIds }),
  });

  async function loop(): Promise<void> {
    let failures = 0;
    while (!stopping.signal.aborted) {
      const free = o.maxParallelJobs - held.size;
      if (free <= 0) {
        await slotFreed();
        continue;
      }
      poll = new AbortController();
      observer.stats.polls++;
      const sentAt = Date.now();
      let jobs: Held["raw"][] | undefined;
      let response: Response | undefined;
      let message = "";
      try {
        const r = await once.POST("/jobs/activation", { body: body(free), signal: poll.signal });
        if (r.error === undefined) {
          jobs = Array.isArray(r.data?.jobs) ? r.data.jobs : undefined;
          if (!jobs) message = `HTTP ${r.response.status} without a list of jobs`;
        } else {
          response = r.response;
          const detail = (r.error as { title?: unknown; detail?: unknown }) ?? {};
          message = `HTTP ${r.response.status}${[detail.title, detail.detail].filter((x) => typeof x === "string").map((x) => ` ${describeError(x, 200)}`).join(":")}`;
        }
      } catch (e) {
        if (stopping.signal.aborted) break;
        message = describeError(e);
      } finally {
        poll = undefined;
      }
      if (!jobs) {
        failures++;
        observer.stats.pollErrors++;
        const delayMs = retryDelayMs(failures, o.backoff, Math.random, retryAfterOf(response));
        observer.emit("pollError", { message, status: response?.status, failures, delayMs });
        observer.log(failures > 1 ? "warn" : "info", `activation failed (${message}); failure ${failures} in a row, next attempt in ${delayMs} ms`);
        await sleep(delayMs, stopping.signal);
        continue;
      }
      if (failures > 0) observer.log("info", `activation works again after ${failures} failure(s)`);
      failures = 0;
      const receivedAt = Date.now();
      for (const raw of jobs) {
        observer.stats.activated++;
        // Jobs that came with the answer to an aborted poll, or beyond the free slots, are given back at once.
        const run = !stopping.signal.aborted && held.size < o.maxParallelJobs;
        const h = startJob(deps, raw, receivedAt, finished, run);
        held.set(raw.jobKey, h);
        if (run) observer.emit("activated", h.info);
      }
      // An empty answer well before the long poll's end: do not spin against a server that does not hold polls.
      if (jobs.length === 0 && receivedAt - sentAt < o.pollTimeoutMs / 2) await sleep(o.backoff.baseDelayMs, stopping.signal);
    }
  }
  const looping = loop().catch((e: unknown) => observer.log("error", `activation loop ended unexpectedly: ${describeError(e)}`));

  async function drain(graceMs: number): Promise<void> {
    await looping;
    const waiting = new AbortController();
    await Promise.race([Promise.all([...held.values()].map((h) => h.done)), sleep(graceMs, waiting.signal)]);
    waiting.abort();
    if (held.size > 0) {
      // The signals also end settling retries still waiting; those jobs' locks run out on the server.
      for (const h of held.values()) h.controller.abort(new JobAbortedError(h.info.jobKey, "worker-stopped"));
      for (const h of held.values()) if (!h.settling) void release(deps, h);
      await Promise.all([...held.values()].map((h) => h.settling));
    }
    state = "stopped";
    observer.log("info", `stopped (${observer.stats.completed} completed, ${observer.stats.released} released)`);
    observer.emit("stopped", stats());
  }

  const stats = (): WorkerStats => ({ ...observer.stats, inFlight: held.size });
  return {
    type: o.type,
    workerName: o.workerName,
    get state() {
      return state;
    },
    get stats() {
      return stats();
    },
    on: (event, listener) => observer.on(event, listener),
    stop(stopOptions) {
      if (stopped) return stopped;
      const graceMs = resolveGrace(stopOptions?.graceMs);
      state = "stopping";
      stopping.abort();
      poll?.abort();
      wake?.();
      return (stopped = drain(graceMs));
    },
  };
}
