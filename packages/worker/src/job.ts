import type { Schema } from "@c8rest/client";

/** Variables of a job when the worker has no `inputSchema`: whatever the process holds, unchecked. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- unchecked process data; pass inputSchema for types
export type JobVariables = Record<string, any>;

/** How a settling call ended: `settled` when the cluster accepted it. */
export interface SettleOutcome {
  readonly action: "complete" | "fail" | "throwError" | "release";
  readonly settled: boolean;
  /**
   * Why not: `lost` (404/409: the job timed out, was cancelled or settled already; or its deadline passed),
   * `rejected` (another 4xx), `gave-up` (retries ended, e.g. the worker stopped).
   */
  readonly reason?: "lost" | "rejected" | "gave-up";
  /** HTTP status of the last answer, when there was one. */
  readonly status?: number;
}

/** Options of `job.fail(...)`. See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/specifications/fail-job/ */
export interface FailOptions {
  errorMessage: string;
  /** Retries the job has left afterwards. Default: `job.retries - 1` (0 raises an incident). */
  retries?: number;
  /** Wait before the job may be activated again. Default 0. */
  retryBackOffMs?: number;
  /** Variables set at the task's local scope. */
  variables?: Record<string, unknown>;
}

/** Options of `job.throwError(...)`: a BPMN error caught by an error event with this `errorCode`. */
export interface ThrowErrorOptions {
  errorCode: string;
  errorMessage?: string;
  /** Variables set at the local scope of the catching error event. */
  variables?: Record<string, unknown>;
}

/**
 * A job given to a handler: the activated job of the spec (keys as strings, `retries`, `deadline` in epoch ms,
 * `customHeaders`, ...), its `variables` (typed by the worker's `inputSchema`), a `signal` that fires when the job's
 * lock expires or the worker's grace period ends, and the settling calls. A job is settled once: a second call
 * returns the first call's outcome and sends nothing.
 */
export interface Job<V = JobVariables> extends Readonly<Omit<Schema<"ActivatedJobResult">, "variables">> {
  readonly variables: V;
  /** Fires with a `JobAbortedError` when the lock expires or the worker's grace period after `stop()` ends. */
  readonly signal: AbortSignal;
  /** Completes the job. See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/specifications/complete-job/ */
  complete(variables?: Record<string, unknown>, result?: Schema<"JobResult">): Promise<SettleOutcome>;
  /** Fails the job (with `retries` left it is activated again, with 0 it raises an incident). */
  fail(options: FailOptions): Promise<SettleOutcome>;
  /** Throws a BPMN error. See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/specifications/throw-job-error/ */
  throwError(options: ThrowErrorOptions): Promise<SettleOutcome>;
}
