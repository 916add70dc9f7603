// Several worker processes against one fake server, which hands each job to one of them (as the engine does):
// no job is handled twice while its lock holds. Needs the built package (dist/).
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fakeServer } from "./support/harness.ts";

const PROCESSES = 3;
const SLOTS = 4;
const JOBS = 600;

function run(url: string, name: string): { child: ChildProcess; output: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [join(import.meta.dirname, "support", "worker-process.mjs")], {
    env: { PATH: process.env.PATH ?? "", C8REST_TEST_URL: url, C8REST_TEST_NAME: name, C8REST_TEST_SLOTS: String(SLOTS) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c) => (stdout += c));
  child.stderr!.on("data", (c) => (stderr += c));
  const output = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
  return { child, output };
}

describe("several worker processes", () => {
  it("share the jobs; none is handled twice while its lock holds", async () => {
    const server = await fakeServer();
    const names = Array.from({ length: PROCESSES }, (_, i) => `worker-${i + 1}`);
    const workers = names.map((n) => run(server.url, n));
    try {
      // Jobs arrive once every process has a poll open, so that each one gets a share.
      await server.waitFor(() => new Set(server.activations().map((r) => r.body.worker)).size === PROCESSES && server.openPolls() === PROCESSES, {
        what: "a poll from every process",
        timeoutMs: 60_000,
      });
      const keys = server.addJobs(JOBS, { type: "shared" });
      await server.waitFor(() => keys.every((k) => server.jobs.get(k)!.state === "completed"), { what: `${JOBS} completed jobs`, timeoutMs: 120_000 });
      for (const w of workers) w.child.kill("SIGTERM");
      const outputs = await Promise.all(workers.map((w) => w.output));
      for (const o of outputs) expect(o.code, o.stderr).toBe(0);
      const reports = outputs.map((o) => JSON.parse(o.stdout.trim().split("\n").pop()!) as { name: string; handled: string[] });

      const all = reports.flatMap((r) => r.handled);
      expect(all).toHaveLength(JOBS);
      expect(new Set(all).size).toBe(JOBS);
      expect(new Set(all)).toEqual(new Set(keys));
      for (const r of reports) expect(r.handled.length, `${r.name} got a share`).toBeGreaterThan(0);
      for (const k of keys) {
        const job = server.jobs.get(k)!;
        expect(job.activations).toBe(1);
        expect(job.settlements).toHaveLength(1);
        // Completed by the process the server gave it to.
        expect(reports.find((r) => r.handled.includes(k))!.name).toBe(job.settlements[0]!.body.variables && (job.settlements[0]!.body.variables as { by: string }).by);
      }
      for (const n of names) expect(server.maxHeld.get(n)).toBeLessThanOrEqual(SLOTS);
    } finally {
      for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGKILL");
    }
  }, 240_000);
});
