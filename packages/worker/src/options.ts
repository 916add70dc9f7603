import { CamundaConfigError } from "@c8rest/client";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { DEFAULT_BACKOFF, type BackoffOptions } from "./backoff.js";
import type { Job, JobVariables } from "./job.js";
import type { LogLevel, WorkerLogger } from "./observe.js";

export const DEFAULT_MAX_PARALLEL_JOBS = 10;
export const DEFAULT_JOB_TIMEOUT_MS = 60_000;
export const DEFAULT_POLL_TIMEOUT_MS = 20_000;
export const DEFAULT_GRACE_MS = 10_000;

/** `job.variables`: the output type of the `inputSchema`, or unchecked {@link JobVariables} without one. */
export type VariablesOf<S> = S extends StandardSchemaV1 ? StandardSchemaV1.InferOutput<S> : JobVariables;

/** Options of `createJobWorker`. */
export interface JobWorkerOptions<S extends StandardSchemaV1 | undefined = undefined> {
  /** The job type of the BPMN task (`<zeebe:taskDefinition type="..."/>`). */
  type: string;
  /**
   * Works on one job and settles it with `job.complete`, `job.fail` or `job.throwError`. A handler that throws (or
   * rejects) fails the job with `retries - 1` and a sanitised message. A handler that returns without settling
   * leaves the job locked on the server until its deadline (then the cluster gives it to a worker again): the
   * worker frees the slot, logs a warning and emits `unsettled`.
   */
  handler: (job: Job<VariablesOf<S>>) => unknown;
  /** Most jobs held at once (activated and not yet settled). Default 10. */
  maxParallelJobs?: number;
  /** The job's lock on the server (`timeout` of the activation), in ms. Default 60 s. */
  jobTimeoutMs?: number;
  /** How long the server may hold an activation request open (`requestTimeout`), in ms. Default 20 s. */
  pollTimeoutMs?: number;
  /** The `worker` name sent with activation (shown in Operate). Default `"c8rest-worker"`. */
  workerName?: string;
  /** Fetch only these variables (`fetchVariable`); default all visible ones. */
  fetchVariables?: readonly string[];
  /** Activate jobs of these tenants only (`tenantIds`). Without it the client's default tenant, if any, applies. */
  tenantIds?: readonly string[];
  /** A Standard Schema (zod, valibot, arktype, ...) the variables must pass; a job that fails it is failed. */
  inputSchema?: S;
  /** Backoff after failed activation and between settling retries. Default 250 ms doubling up to 5 s. */
  backoff?: Partial<BackoffOptions>;
  /** Where log lines go. Default `console`. */
  logger?: WorkerLogger;
  /** Lines below this level are dropped. Default `"warn"`. */
  logLevel?: LogLevel;
}

export interface ResolvedOptions {
  type: string;
  maxParallelJobs: number;
  jobTimeoutMs: number;
  pollTimeoutMs: number;
  workerName: string;
  fetchVariables: string[] | undefined;
  tenantIds: string[] | undefined;
  backoff: BackoffOptions;
}

const MAX_MS = 2_147_483_647;

function integer(option: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new CamundaConfigError(option, `${option} must be an integer from ${min} to ${max}, got ${String(value)}.`);
  }
  return value;
}

function strings(option: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v === "")) {
    throw new CamundaConfigError(option, `${option} must be an array of non-empty strings.`);
  }
  return [...(value as string[])];
}

/**
 * Checks the options once, before anything is sent.
 * @throws {CamundaConfigError} naming the option and what to fix.
 */
export function resolveOptions(o: JobWorkerOptions<StandardSchemaV1 | undefined>): ResolvedOptions {
  if (!o || typeof o !== "object") throw new CamundaConfigError("options", "createJobWorker needs options: { type, handler, ... }.");
  if (typeof o.type !== "string" || o.type.trim() === "") {
    throw new CamundaConfigError("type", "type must be the job type of the BPMN task, e.g. \"charge-card\".");
  }
  if (typeof o.handler !== "function") throw new CamundaConfigError("handler", "handler must be a function (job) => ... that settles the job.");
  const schema = o.inputSchema as { "~standard"?: { validate?: unknown } } | undefined;
  if (schema !== undefined && typeof schema?.["~standard"]?.validate !== "function") {
    throw new CamundaConfigError("inputSchema", "inputSchema must be a Standard Schema (zod 3.24+, valibot 1, arktype 2, ...): it has no ~standard.validate.");
  }
  if (o.workerName !== undefined && (typeof o.workerName !== "string" || o.workerName === "")) {
    throw new CamundaConfigError("workerName", "workerName must be a non-empty string.");
  }
  const backoff = { ...DEFAULT_BACKOFF, ...o.backoff };
  integer("backoff.baseDelayMs", backoff.baseDelayMs, 0, 1, MAX_MS);
  integer("backoff.maxDelayMs", backoff.maxDelayMs, 0, backoff.baseDelayMs, MAX_MS);
  return {
    type: o.type,
    maxParallelJobs: integer("maxParallelJobs", o.maxParallelJobs, DEFAULT_MAX_PARALLEL_JOBS, 1, 10_000),
    jobTimeoutMs: integer("jobTimeoutMs", o.jobTimeoutMs, DEFAULT_JOB_TIMEOUT_MS, 1, MAX_MS),
    pollTimeoutMs: integer("pollTimeoutMs", o.pollTimeoutMs, DEFAULT_POLL_TIMEOUT_MS, 1, MAX_MS),
    workerName: o.workerName ?? "c8rest-worker",
    fetchVariables: strings("fetchVariables", o.fetchVariables),
    tenantIds: strings("tenantIds", o.tenantIds),
    backoff,
  };
}

/** `graceMs` of `stop()`. */
export function resolveGrace(graceMs: unknown): number {
  return integer("graceMs", graceMs, DEFAULT_GRACE_MS, 0, MAX_MS);
}
