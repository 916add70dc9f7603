// What the worker tests share: a fake job server per test, a client on it, a logger whose lines are kept, and
// cleanup of every worker and server a test made.
import { afterEach } from "vitest";
import { createCamundaClient, type CamundaClientOptions } from "@c8rest/client";
import { startFakeJobServer, type FakeJobServer, type FakeJobServerOptions } from "../../../../config/test-support/fake-job-server.mjs";
import { createJobWorker, type JobWorker, type JobWorkerOptions, type WorkerLogger } from "../../src/index.ts";
import type { StandardSchemaV1 } from "@standard-schema/spec";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

export async function fakeServer(options?: FakeJobServerOptions): Promise<FakeJobServer> {
  const server = await startFakeJobServer(options);
  cleanups.push(() => server.close());
  return server;
}

export function clientOf(server: FakeJobServer, options: Partial<CamundaClientOptions> = {}) {
  return createCamundaClient({ baseUrl: server.url, ...options });
}

export interface Lines extends WorkerLogger {
  lines: string[];
}

/** A logger that keeps every line with its level. */
export function keptLogger(): Lines {
  const lines: string[] = [];
  const at = (level: string) => (m: string) => void lines.push(`${level} ${m}`);
  return { lines, error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

/** A worker on `server` (stopped after the test, grace 0), with short backoff unless given. */
export function workerOn<S extends StandardSchemaV1 | undefined = undefined>(
  server: FakeJobServer,
  options: JobWorkerOptions<S>,
  client = clientOf(server),
): JobWorker {
  const worker = createJobWorker(client, { logger: keptLogger(), logLevel: "debug", backoff: { baseDelayMs: 20, maxDelayMs: 200 }, ...options });
  cleanups.push(() => worker.stop({ graceMs: 0 }));
  return worker;
}

/** Resolves when `predicate` holds, checked every 5 ms; rejects after `timeoutMs` naming `what`. */
export function until(predicate: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (predicate()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 5);
    };
    tick();
  });
}

/** A promise and its resolver. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
