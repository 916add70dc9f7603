// The README examples (this package's and the root README's "Work on jobs") are programs: each type-checks against
// the built packages and runs as a worker against the fake job server until the test sends SIGTERM.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractExamples, startExample, typeErrors } from "../../../config/test-support/markdown-examples.js";
import { fakeServer } from "./support/harness.ts";
import type { FakeJobServer } from "../../../config/test-support/fake-job-server.mjs";

const readme = join(import.meta.dirname, "..", "README.md");
const rootReadme = join(import.meta.dirname, "..", "..", "..", "README.md");
const workDir = join(import.meta.dirname, ".tmp-readme");
const examples = extractExamples(readme);

/** The one example under a `### heading` of the root README. */
function rootExample(heading: string): string {
  const lines = readFileSync(rootReadme, "utf8").split("\n");
  const start = lines.indexOf(heading) + 1;
  const end = lines.findIndex((l, i) => i >= start && /^#{2,3} /.test(l));
  const found = extractExamples(rootReadme).filter((e) => e.line > start && (end < 0 || e.line < end + 1));
  expect(found, heading).toHaveLength(1);
  return found[0]!.code;
}

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs `code` until `done()` holds on the server, then SIGTERM; returns what it printed. */
async function runWorker(code: string, name: string, server: FakeJobServer, done: () => boolean, env: Record<string, string> = {}) {
  const started = startExample(code, workDir, name, { ZEEBE_REST_ADDRESS: server.url, ...env });
  try {
    await Promise.race([
      server.waitFor(done, { what: `the example ${name} to finish its jobs`, timeoutMs: 30_000 }),
      started.exited.then((r) => Promise.reject(new Error(`the example exited early (${r.code}): ${r.stderr}`))),
    ]);
    started.child.kill("SIGTERM");
    const result = await started.exited;
    expect(result.code, result.stderr).toBe(0);
    return result.stdout.trim();
  } finally {
    if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill("SIGKILL");
  }
}

describe("README examples", () => {
  it("has the examples this test expects", () => {
    expect(examples).toHaveLength(3);
  });

  it.each([...examples.map((e, i) => [`README.md:${e.line}`, e.code] as const), ["root README: Work on jobs", rootExample("### Work on jobs")] as const])(
    "%s type-checks",
    (_where, code) => {
      expect(typeErrors(code, workDir, `types-${_where.replace(/\W+/g, "-")}`)).toEqual([]);
    },
    60_000,
  );

  it("a worker: OAuth from the environment, throwError for large amounts, complete otherwise, stops on SIGTERM", async () => {
    const server = await fakeServer({ auth: { clientId: "readme-worker", clientSecret: "readme-secret-9" } });
    const [small, large] = [...server.addJobs(1, { type: "charge-card", variables: { amount: 40 } }), ...server.addJobs(1, { type: "charge-card", variables: { amount: 4_000 } })];
    await runWorker(examples[0]!.code, "worker", server, () => server.counts.settled === 2, {
      ZEEBE_CLIENT_ID: "readme-worker",
      ZEEBE_CLIENT_SECRET: "readme-secret-9",
      ZEEBE_AUTHORIZATION_SERVER_URL: `${server.url}/oauth/token`,
    });
    expect(server.jobs.get(small!)!.settlements[0]).toMatchObject({ action: "completion", body: { variables: { charged: true } } });
    expect(server.jobs.get(large!)!.settlements[0]).toMatchObject({ action: "error", body: { errorCode: "AMOUNT_TOO_HIGH" } });
    expect(server.activations()[0]!.body).toMatchObject({ type: "charge-card", maxJobsToActivate: 8, timeout: 30_000, requestTimeout: 20_000 });
    expect(server.counts.token).toBeGreaterThanOrEqual(1);
    expect(server.counts.pollsClosed).toBeGreaterThanOrEqual(1); // the open poll was aborted by stop()
  }, 60_000);

  it("typed variables: zod converts the amount; invalid variables fail the job", async () => {
    const server = await fakeServer();
    const [good] = server.addJobs(1, { type: "ship-order", variables: { orderId: "o-17", amount: "900" } });
    const [bad] = server.addJobs(1, { type: "ship-order", variables: { amount: 3 } });
    await runWorker(examples[1]!.code, "typed", server, () => server.counts.settled === 2);
    expect(server.jobs.get(good!)!.settlements[0]!.body).toEqual({ variables: { shipped: "o-17", insured: true } });
    expect(server.jobs.get(bad!)!.settlements[0]).toMatchObject({ action: "failure", body: { retries: 0 } });
    expect(server.activations()[0]!.body.fetchVariable).toEqual(["orderId", "amount"]);
  }, 60_000);

  it("metrics and logs: events as they happen, the counters after stop", async () => {
    const server = await fakeServer();
    const [key] = server.addJobs(1, { type: "send-invoice" });
    const stdout = await runWorker(examples[2]!.code, "metrics", server, () => server.counts.settled === 1);
    expect(server.jobs.get(key!)!.settlements[0]!.body).toEqual({ variables: { invoice: "sent" } });
    expect(stdout.split("\n")).toEqual([`completed ${key}`, JSON.stringify({ completed: 1, failed: 0, inFlight: 0 })]);
  }, 60_000);

  it("root README, Work on jobs: one tenant's jobs, a throwing handler fails its job", async () => {
    const server = await fakeServer();
    const [ok] = server.addJobs(1, { type: "reserve-stock", tenantId: "warehouse-eu", variables: { sku: "A-1", quantity: 2 } });
    const [broken] = server.addJobs(1, { type: "reserve-stock", tenantId: "warehouse-eu", variables: { quantity: 1 }, retries: 1 });
    const [other] = server.addJobs(1, { type: "reserve-stock", tenantId: "warehouse-us", variables: { sku: "B-2" } });
    const stdout = await runWorker(rootExample("### Work on jobs"), "root", server, () => server.counts.settled === 2);
    expect(server.jobs.get(ok!)!.settlements[0]!.body).toEqual({ variables: { reserved: { sku: "A-1", quantity: 2 } } });
    expect(server.jobs.get(broken!)!.settlements[0]!.body).toEqual({ errorMessage: "Error: sku missing", retries: 0 });
    expect(server.jobs.get(other!)!.activations).toBe(0);
    expect(stdout).toBe(`failed ${broken}: Error: sku missing`);
  }, 60_000);
});
