// Sending one settling command (complete, fail, throw a BPMN error) with retries within the job's deadline.
// See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/specifications/complete-job/
import type { CamundaClient, RequestBody } from "@c8rest/client";
import { retryAfterOf, retryDelayMs, sleep, type BackoffOptions } from "./backoff.js";
import { describeError } from "./messages.js";

/** The command and its body, as the spec types them. */
export type SettleCommand =
  | { kind: "completion"; body: RequestBody<"completeJob"> }
  | { kind: "failure"; body: RequestBody<"failJob"> }
  | { kind: "error"; body: RequestBody<"throwJobError"> };

/** How a settling call ended. */
export type SettleResult =
  | { ok: true; attempts: number }
  | { ok: false; lost: boolean; status: number | undefined; message: string; attempts: number };

export interface SettleContext {
  /** A view of the client that sends each request once (the retries are made here). */
  client: CamundaClient;
  backoff: BackoffOptions;
  random: () => number;
}

function post(client: CamundaClient, jobKey: string, command: SettleCommand, signal: AbortSignal) {
  const params = { path: { jobKey } };
  const init = { params, signal };
  if (command.kind === "completion") return client.POST("/jobs/{jobKey}/completion", { ...init, body: command.body });
  if (command.kind === "failure") return client.POST("/jobs/{jobKey}/failure", { ...init, body: command.body });
  return client.POST("/jobs/{jobKey}/error", { ...init, body: command.body });
}

/** 429 and 5xx (not 501) may pass; a settling command sent twice is harmless (the second finds the job gone). */
const transient = (status: number) => status === 429 || (status >= 500 && status !== 501) || status === 401;

/**
 * Sends `command` for `jobKey` until the cluster accepts or refuses it, retrying 429, 5xx, 401 and network errors
 * with backoff while time remains before `deadline` (the job's lock). 404 and 409 (the job timed out, was cancelled,
 * or an earlier attempt already went through) end it as `lost`. `signal` (the job's: lock expired, or the worker's
 * grace period ended) aborts the attempt in flight and ends the retries. Never throws.
 */
export async function sendSettle(
  ctx: SettleContext,
  jobKey: string,
  command: SettleCommand,
  deadline: number,
  signal: AbortSignal,
): Promise<SettleResult> {
  let attempts = 0;
  let status: number | undefined;
  let message = "";
  for (;;) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      return { ok: false, lost: true, status, message: `the job's deadline passed${message ? ` (last attempt: ${message})` : ""}`, attempts };
    }
    if (signal.aborted) {
      const expired = (signal.reason as { reason?: unknown } | undefined)?.reason === "lock-expired";
      const why = expired ? "the job's lock expired" : "the worker stopped";
      return { ok: false, lost: expired, status, message: `${why}${message ? ` (last attempt: ${message})` : ""}`, attempts };
    }
    attempts++;
    let retryAfter: number | undefined;
    try {
      const { error, response } = await post(ctx.client, jobKey, command, signal);
      if (!error) return { ok: true, attempts };
      status = response.status;
      const detail = (error as { detail?: unknown }).detail;
      message = `HTTP ${status}${typeof detail === "string" ? `: ${describeError(detail, 200)}` : ""}`;
      if (status === 404 || status === 409) return { ok: false, lost: true, status, message, attempts };
      if (!transient(status)) return { ok: false, lost: false, status, message, attempts };
      retryAfter = retryAfterOf(response);
    } catch (e) {
      status = undefined;
      message = describeError(e, 200);
    }
    const delay = retryDelayMs(attempts, ctx.backoff, ctx.random, retryAfter);
    if (Date.now() + delay >= deadline) {
      return { ok: false, lost: true, status, message: `no time left before the job's deadline to retry (last attempt: ${message})`, attempts };
    }
    await sleep(delay, signal);
  }
}
