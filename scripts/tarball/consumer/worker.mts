// Worker consumer of the installed tarballs (module nodenext): @c8rest/worker on @c8rest/client, with a
// hand-written Standard Schema, against the local fake job server. Completes JOBS jobs, stops, prints the counters.
import { createCamundaClient } from "@c8rest/client";
import { createJobWorker, type Job } from "@c8rest/worker";
import type { StandardSchemaV1 } from "@standard-schema/spec";

const address = process.env["ZEEBE_REST_ADDRESS"];
if (!address) throw new Error("set ZEEBE_REST_ADDRESS");
const expected = Number(process.env["JOBS"] ?? "1");

const input: StandardSchemaV1<unknown, { n: number }> = {
  "~standard": {
    version: 1,
    vendor: "tarball-consumer",
    validate: (value) => {
      const n = (value as { n?: unknown } | null)?.n;
      return typeof n === "number" ? { value: { n } } : { issues: [{ message: "n must be a number", path: ["n"] }] };
    },
  },
};

const client = createCamundaClient({ baseUrl: address });
const worker = createJobWorker(client, {
  type: "tarball-job",
  maxParallelJobs: 2,
  inputSchema: input,
  logLevel: "error",
  handler: (job: Job<{ n: number }>) => job.complete({ doubled: job.variables.n * 2 }),
});
worker.on("completed", () => {
  if (worker.stats.completed === expected) {
    void worker.stop({ graceMs: 1_000 }).then(() => console.log(JSON.stringify({ module: "esm", completed: worker.stats.completed, state: worker.state })));
  }
});
