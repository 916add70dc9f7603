/** Stable code of {@link JobAbortedError}: the reason a job's `signal` fired. */
export const JOB_ABORTED_CODE = "C8REST_WORKER_JOB_ABORTED" as const;

/** Why a job's signal fired: its lock on the server expired, or the worker's grace period after `stop()` ended. */
export type JobAbortReason = "lock-expired" | "worker-stopped";

/**
 * The `reason` of a job's `AbortSignal`. After it fires the job may already be given to another worker (lock
 * expired) or released (worker stopped): stop working on it; a settling call made afterwards is not sent.
 *
 * @example
 * handler: async (job) => {
 *   job.signal.addEventListener("abort", () => {
 *     if (job.signal.reason instanceof JobAbortedError) console.warn(job.jobKey, job.signal.reason.reason);
 *   });
 *   return job.complete();
 * }
 */
export class JobAbortedError extends Error {
  override readonly name = "JobAbortedError";
  readonly code = JOB_ABORTED_CODE;
  readonly reason: JobAbortReason;
  readonly jobKey: string;

  constructor(jobKey: string, reason: JobAbortReason) {
    super(
      reason === "lock-expired"
        ? `job ${jobKey}: its lock expired (jobTimeoutMs); the cluster may give it to another worker`
        : `job ${jobKey}: the worker stopped and its grace period ended`,
    );
    this.reason = reason;
    this.jobKey = jobKey;
  }
}
