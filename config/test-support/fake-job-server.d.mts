// Types of fake-job-server.mjs (a test helper, not shipped).

export type JobState = "activatable" | "activated" | "completed" | "failed" | "error-thrown" | "incident" | "backoff";
export type SettleAction = "completion" | "failure" | "error";

export interface FakeJob {
  jobKey: string;
  type: string;
  tenantId: string;
  variables: Record<string, unknown>;
  customHeaders: Record<string, unknown>;
  retries: number;
  processDefinitionId: string;
  processInstanceKey: string;
  elementInstanceKey: string;
  state: JobState;
  /** Worker name of the activation holding the lock. */
  worker: string | undefined;
  activation?: number;
  lockedUntil: number;
  activations: number;
  timeouts: number;
  /** Accepted settle commands (a correct worker makes exactly one per job it finishes). */
  settlements: { action: SettleAction; body: Record<string, unknown>; at: number }[];
  failures: Record<string, unknown>[];
}

/** An injected fault: an HTTP answer without processing, or a reset of the connection before or after processing. */
export type Fault =
  | { status: number; title?: string; detail?: string; body?: unknown; headers?: Record<string, string>; reset?: undefined }
  | { reset: "before" | "after"; status?: undefined };

export interface ActivationBody {
  type: string;
  worker?: string;
  timeout: number;
  maxJobsToActivate: number;
  requestTimeout?: number;
  fetchVariable?: string[];
  tenantIds?: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
  headers: Record<string, string | string[] | undefined>;
  at: number;
}

export interface JobSpec {
  type?: string;
  tenantId?: string;
  /** Tenants given to the jobs in turn. */
  tenantIds?: string[];
  variables?: Record<string, unknown> | ((i: number) => Record<string, unknown>);
  customHeaders?: Record<string, unknown>;
  retries?: number;
}

export type ServerEvent = "activation-request" | "poll-open" | "poll-closed" | "activated" | "settled" | "timed-out";

export interface FakeJobServer {
  url: string;
  port: number;
  jobs: Map<string, FakeJob>;
  requests: RecordedRequest[];
  counts: {
    activation: number;
    completion: number;
    failure: number;
    error: number;
    token: number;
    other: number;
    pollsClosed: number;
    timedOut: number;
    settled: number;
    rejected: number;
  };
  /** Most jobs locked by one worker name at once. */
  maxHeld: Map<string, number>;
  faults: {
    activation?: (body: ActivationBody) => Fault | undefined;
    settle?: (info: { jobKey: string; action: SettleAction; body: Record<string, unknown> }) => Fault | undefined;
  };
  /** With `auth`: "invalid_client" makes the token endpoint refuse every request. */
  tokenMode: "ok" | "invalid_client";
  /** Added to the `deadline` the server reports: a server clock ahead of (or, negative, behind) the worker's. */
  clockSkewMs: number;
  /** With `auth`: answer 401 to every API call, even with a valid token. */
  rejectAllTokens: boolean;
  addJobs(count: number, spec?: JobSpec): string[];
  openPolls(): number;
  activations(): RecordedRequest[];
  stats(): Record<string, unknown>;
  on(listener: (event: ServerEvent, data: unknown) => void): () => void;
  waitFor(predicate: () => boolean, options?: { timeoutMs?: number; what?: string }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<number>;
  close(): Promise<void>;
}

export interface FakeJobServerOptions {
  /** Keep every request in `requests` (default true). */
  record?: boolean;
  sweepMs?: number;
  port?: number;
  /** Require bearer tokens issued by `POST /oauth/token` for these client credentials. */
  auth?: { clientId: string; clientSecret: string };
}

export function startFakeJobServer(options?: FakeJobServerOptions): Promise<FakeJobServer>;
