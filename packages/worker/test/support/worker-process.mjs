// One worker process of the multi-process test, on the built package as users get it. Works on "shared" jobs at
// C8REST_TEST_URL as worker C8REST_TEST_NAME; on SIGTERM it stops gracefully and prints the keys it handled.
import { createCamundaClient } from "@c8rest/client";
import { createJobWorker } from "@c8rest/worker";

const handled = [];
const client = createCamundaClient({ baseUrl: process.env.C8REST_TEST_URL });
const worker = createJobWorker(client, {
  type: "shared",
  workerName: process.env.C8REST_TEST_NAME,
  maxParallelJobs: Number(process.env.C8REST_TEST_SLOTS),
  jobTimeoutMs: 60_000,
  pollTimeoutMs: 10_000,
  logLevel: "error",
  handler: async (job) => {
    handled.push(job.jobKey);
    await new Promise((r) => setTimeout(r, 1 + Math.floor(Math.random() * 10)));
    return job.complete({ by: process.env.C8REST_TEST_NAME });
  },
});
process.on("SIGTERM", async () => {
  await worker.stop({ graceMs: 5_000 });
  process.stdout.write(JSON.stringify({ name: worker.workerName, handled, stats: worker.stats }) + "\n");
  process.exit(0);
});
