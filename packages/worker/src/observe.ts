// What the worker tells its user: counters, events and log lines. None of them carries variables, headers, tokens
// or secrets: jobs are named by key and type, errors by their sanitised messages.

/** Severity of a log line; a logger gets the lines at its `logLevel` and above. */
export type LogLevel = "silent" | "error" | "warn" | "info" | "debug";

/** Where the worker writes; every method is optional (e.g. `console`, or pino/winston's methods). */
export interface WorkerLogger {
  error?(message: string): void;
  warn?(message: string): void;
  info?(message: string): void;
  debug?(message: string): void;
}

/** Counters of a worker since it started (a snapshot; feed them to metrics). */
export interface WorkerStats {
  /** Jobs received from activation. */
  activated: number;
  /** Jobs completed (the cluster accepted `complete`). */
  completed: number;
  /** Jobs failed (`fail`, a handler that threw, variables that did not validate). */
  failed: number;
  /** Jobs settled with a BPMN error (`throwError`). */
  errored: number;
  /** Jobs given back at `stop()` because their handler did not finish in the grace period. */
  released: number;
  /** Handlers that threw or rejected (their jobs were failed). */
  handlerErrors: number;
  /** Jobs whose variables failed `inputSchema` (failed, never handled). */
  invalidVariables: number;
  /** Settling calls answered 404/409 or past the job's deadline: the job timed out or was cancelled. */
  lost: number;
  /** Settling calls rejected (4xx) or given up after retries. */
  settleErrors: number;
  /** Handlers that returned without settling their job (it stays locked until its deadline). */
  unsettled: number;
  /** Activation requests sent. */
  polls: number;
  /** Activation requests that failed (network, 5xx, 429, 401, ...). */
  pollErrors: number;
  /** Jobs held now: activated and not yet settled, released or given up. */
  inFlight: number;
}

/** A job as events name it: no variables, no headers. */
export interface JobInfo {
  jobKey: string;
  type: string;
  processInstanceKey: string;
  tenantId: string;
  retries: number;
}

export type SettleAction = "complete" | "fail" | "throwError" | "release";

/** The events of a worker and what each listener receives. */
export interface WorkerEvents {
  activated: JobInfo;
  completed: JobInfo;
  failed: JobInfo & { errorMessage: string; retries: number };
  errored: JobInfo & { errorCode: string };
  released: JobInfo;
  handlerError: JobInfo & { message: string };
  invalidVariables: JobInfo & { message: string };
  /** A settling call found the job gone (404/409) or the job's deadline passed before it could be sent. */
  lost: JobInfo & { action: SettleAction; status: number | undefined; message: string };
  /** A settling call was rejected (4xx) or gave up after retries. */
  settleError: JobInfo & { action: SettleAction; status: number | undefined; message: string };
  unsettled: JobInfo;
  /** An activation request failed; the next one waits `delayMs`. */
  pollError: { message: string; status: number | undefined; failures: number; delayMs: number };
  stopped: WorkerStats;
}

export type WorkerEventName = keyof WorkerEvents;
type Listener<E extends WorkerEventName> = (event: WorkerEvents[E]) => void;

const LEVELS: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** Counters, listeners and the logger of one worker. */
export class Observer {
  readonly stats: Omit<WorkerStats, "inFlight"> = {
    activated: 0, completed: 0, failed: 0, errored: 0, released: 0, handlerErrors: 0, invalidVariables: 0,
    lost: 0, settleErrors: 0, unsettled: 0, polls: 0, pollErrors: 0,
  };
  readonly #listeners = new Map<WorkerEventName, Set<Listener<never>>>();
  readonly #logger: WorkerLogger | undefined;
  readonly #level: number;
  readonly #prefix: string;

  constructor(prefix: string, logger: WorkerLogger | undefined, level: LogLevel) {
    this.#prefix = prefix;
    this.#logger = logger;
    this.#level = LEVELS[level];
  }

  on<E extends WorkerEventName>(event: E, listener: Listener<E>): () => void {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => void set.delete(listener as Listener<never>);
  }

  emit<E extends WorkerEventName>(event: E, data: WorkerEvents[E]): void {
    const set = this.#listeners.get(event);
    if (!set) return;
    for (const listener of set) {
      try {
        (listener as Listener<E>)(data);
      } catch (e) {
        // A listener's bug must not stop the worker.
        this.log("error", `a listener of "${event}" threw: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  log(level: Exclude<LogLevel, "silent">, message: string): void {
    if (LEVELS[level] > this.#level) return;
    try {
      this.#logger?.[level]?.(`${this.#prefix} ${message}`);
    } catch {
      // A failing logger must not stop the worker either.
    }
  }
}
