// One held job: its lock timer and signal, the handler run, and the settle guard (a job is settled once).
import type { Schema } from "@c8rest/client";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { JobAbortedError } from "./errors.js";
import type { FailOptions, Job, SettleOutcome, ThrowErrorOptions } from "./job.js";
import { describeError } from "./messages.js";
import type { JobInfo, Observer, SettleAction } from "./observe.js";
import { validateVariables } from "./schema.js";
import { sendSettle, type SettleCommand, type SettleContext } from "./settle.js";

type Activated = Schema<"ActivatedJobResult">;

/** A job from activation until it is settled, released or given up. */
export interface Held {
  readonly raw: Activated;
  readonly info: JobInfo;
  /** Local epoch ms when the lock ends: the server's `deadline`, or receipt + `jobTimeoutMs` when the clocks differ. */
  readonly deadline: number;
  readonly controller: AbortController;
  timer: ReturnType<typeof setTimeout> | undefined;
  settling: Promise<SettleOutcome> | undefined;
  /** Resolves when the handler has returned and its settling call has ended. */
  done: Promise<void>;
}

export interface RunnerDeps {
  jobTimeoutMs: number;
  schema: StandardSchemaV1 | undefined;
  handler: (job: Job<never>) => unknown;
  observer: Observer;
  settleContext: SettleContext;
}

const RELEASE_WINDOW_MS = 5_000;
const MAX_CLOCK_SKEW_MS = 2_000;
const ACTION_OF: Record<SettleCommand["kind"], "complete" | "fail" | "throwError"> = { completion: "complete", failure: "fail", error: "throwError" };

/** Settles `h` once (later calls get the first outcome), counting and reporting the outcome. */
export function settle(deps: RunnerDeps, h: Held, command: SettleCommand, release = false): Promise<SettleOutcome> {
  const action: SettleAction = release ? "release" : ACTION_OF[command.kind];
  const { observer } = deps;
  if (h.settling) {
    observer.log("warn", `job ${h.info.jobKey}: ${action}() ignored, the job is already being settled (a job is settled once)`);
    return h.settling;
  }
  // Once the lock expired (its timer may fire a millisecond before the clock reaches the deadline) nothing is sent.
  const expired = (h.controller.signal.reason as JobAbortedError | undefined)?.reason === "lock-expired";
  const deadline = expired ? 0 : release ? Math.min(h.deadline, Date.now() + RELEASE_WINDOW_MS) : h.deadline;
  // A release is sent after the job's signal fired (the grace period ended): it has a short window of its own.
  const signal = release ? AbortSignal.timeout(RELEASE_WINDOW_MS) : h.controller.signal;
  h.settling = sendSettle(deps.settleContext, h.info.jobKey, command, deadline, signal).then((r): SettleOutcome => {
    const s = observer.stats;
    const { info } = h;
    if (r.ok) {
      if (release) (s.released++, observer.emit("released", info));
      else if (command.kind === "completion") (s.completed++, observer.emit("completed", info));
      else if (command.kind === "error") (s.errored++, observer.emit("errored", { ...info, errorCode: command.body.errorCode }));
      else {
        s.failed++;
        observer.emit("failed", { ...info, errorMessage: command.body.errorMessage ?? "", retries: command.body.retries ?? 0 });
      }
      observer.log("debug", `job ${info.jobKey}: ${action} accepted after ${r.attempts} attempt(s)`);
      return { action, settled: true };
    }
    const event = { ...info, action, status: r.status, message: r.message };
    if (r.lost) {
      s.lost++;
      observer.emit("lost", event);
      observer.log("warn", `job ${info.jobKey}: ${action} not accepted, the job timed out or was cancelled (${r.message})`);
    } else {
      s.settleErrors++;
      observer.emit("settleError", event);
      observer.log("error", `job ${info.jobKey}: ${action} failed after ${r.attempts} attempt(s): ${r.message}`);
    }
    const reason = r.lost ? "lost" : r.status !== undefined && r.status < 500 && r.status !== 429 && r.status !== 401 ? "rejected" : "gave-up";
    return r.status === undefined ? { action, settled: false, reason } : { action, settled: false, reason, status: r.status };
  });
  return h.settling;
}

/** Gives a job back at stop: a failure that keeps its retries and lets it be activated again at once. */
export function release(deps: RunnerDeps, h: Held): Promise<SettleOutcome> {
  const body = { retries: h.info.retries, retryBackOff: 0, errorMessage: "released: the worker stopped before the handler finished" };
  return settle(deps, h, { kind: "failure", body }, true);
}

/** The handler's job: the activated job itself (parsed for this worker alone) with the variables, signal and calls. */
function makeJob(deps: RunnerDeps, h: Held, variables: unknown): Job<never> {
  const s = (command: SettleCommand) => settle(deps, h, command);
  const job = h.raw as unknown as Record<keyof Job, unknown>;
  job.variables = variables;
  job.signal = h.controller.signal;
  job.complete = (variables?: Record<string, unknown>, result?: Schema<"JobResult">) =>
    s({ kind: "completion", body: { ...(variables && { variables }), ...(result && { result }) } });
  job.fail = (o: FailOptions) =>
    s({
      kind: "failure",
      body: {
        errorMessage: o.errorMessage,
        retries: o.retries ?? Math.max(0, h.info.retries - 1),
        ...(o.retryBackOffMs !== undefined && { retryBackOff: o.retryBackOffMs }),
        ...(o.variables && { variables: o.variables }),
      },
    });
  job.throwError = (o: ThrowErrorOptions) => s({ kind: "error", body: o });
  return job as unknown as Job<never>;
}

async function run(deps: RunnerDeps, h: Held): Promise<void> {
  const { observer } = deps;
  const { info } = h;
  let variables: unknown = h.raw.variables;
  if (deps.schema) {
    const checked = await validateVariables(deps.schema, variables);
    if (!checked.ok) {
      observer.stats.invalidVariables++;
      observer.emit("invalidVariables", { ...info, message: checked.message });
      observer.log("warn", `job ${info.jobKey}: ${checked.message}; failing it (retries 0: the same variables would fail again)`);
      await settle(deps, h, { kind: "failure", body: { errorMessage: checked.message, retries: 0 } });
      return;
    }
    variables = checked.value;
  }
  try {
    await deps.handler(makeJob(deps, h, variables));
  } catch (e) {
    const message = describeError(e);
    observer.stats.handlerErrors++;
    observer.emit("handlerError", { ...info, message });
    if (h.settling) {
      observer.log("warn", `job ${info.jobKey}: the handler threw after settling the job: ${message}`);
    } else {
      observer.log("warn", `job ${info.jobKey}: the handler threw, failing the job: ${message}`);
      await settle(deps, h, { kind: "failure", body: { errorMessage: message, retries: Math.max(0, h.info.retries - 1) } });
    }
  }
  if (h.settling) {
    await h.settling;
    return;
  }
  observer.stats.unsettled++;
  observer.emit("unsettled", info);
  observer.log("warn", `job ${info.jobKey}: the handler returned without settling it; it stays locked until its deadline, then the cluster gives it out again`);
}

/** Starts the work on an activated job; `onFinished` runs when the handler and its settling have ended. */
export function startJob(deps: RunnerDeps, raw: Activated, receivedAt: number, onFinished: (h: Held) => void, runHandler = true): Held {
  // The server's `deadline` is on its clock. Within a small skew of our estimate (receipt + timeout, late by the
  // answer's latency) it is the more exact one; a clock further off is not trusted.
  const local = receivedAt + deps.jobTimeoutMs;
  const byServer = typeof raw.deadline === "number" ? raw.deadline : Number.NaN;
  const deadline = Math.abs(byServer - local) <= MAX_CLOCK_SKEW_MS ? Math.min(byServer, local) : local;
  const info: JobInfo = { jobKey: raw.jobKey, type: raw.type, processInstanceKey: raw.processInstanceKey, tenantId: raw.tenantId, retries: raw.retries };
  const h: Held = { raw, info, deadline, controller: new AbortController(), timer: undefined, settling: undefined, done: Promise.resolve() };
  h.timer = setTimeout(() => h.controller.abort(new JobAbortedError(raw.jobKey, "lock-expired")), Math.max(0, deadline - Date.now()));
  h.timer.unref?.();
  const work = runHandler ? run(deps, h) : release(deps, h).then(() => {});
  h.done = work
    .catch((e: unknown) => deps.observer.log("error", `job ${raw.jobKey}: unexpected worker error: ${describeError(e)}`))
    .finally(() => {
      clearTimeout(h.timer);
      onFinished(h);
    });
  return h;
}
