import { describe, expect, it } from "vitest";
import { headlineRatios, renderChart, renderMarkdown } from "../lib/report.mjs";
import { median, ratio, summary } from "../lib/stats.mjs";

const s = (median: number) => ({ median, min: median - 1, max: median + 1, n: 3 });
const results = {
  meta: {
    date: "2026-11-28T00:00:00.000Z",
    durationSeconds: 120,
    cpuModel: "cpu",
    cpus: 2,
    memoryGb: 8,
    platform: "linux",
    loadStart: "0.10",
    loadEnd: "0.20",
    node: "v20.20.2",
    versions: { esbuild: "0.28.2" },
    commit: "abc1234",
    options: "(default)",
    noisy: false,
  },
  requests: {
    rounds: 3,
    rows: [
      { side: "bare fetch", concurrency: 1, requestsPerSecond: s(2000), microsPerRequest: 500, ratioToBareFetch: 1 },
      { side: "fetch + AbortSignal", concurrency: 1, requestsPerSecond: s(1800), microsPerRequest: 555.6, ratioToBareFetch: 1.11 },
      { side: "@c8rest/client + auth", concurrency: 1, requestsPerSecond: s(1000), microsPerRequest: 1000, ratioToBareFetch: 2 },
      { side: "official client", concurrency: 1, requestsPerSecond: s(500), microsPerRequest: 2000, ratioToBareFetch: 4 },
    ],
    postRows: [
      { side: "bare fetch", concurrency: 64, requestsPerSecond: s(3000), microsPerRequest: 333.3, ratioToBareFetch: 1 },
      { side: "fetch + AbortSignal", concurrency: 64, requestsPerSecond: s(2900), microsPerRequest: 344.8, ratioToBareFetch: 1.03 },
      { side: "@c8rest/client + auth", concurrency: 64, requestsPerSecond: s(2800), microsPerRequest: 357.1, ratioToBareFetch: 1.07 },
    ],
  },
  budgets: [{ name: "browser", entry: "programs/browser-bearer.mjs", maxGzipBytes: 9000 }],
  bundles: {
    c8rest: { minBytes: 30000, gzipBytes: 12000, inputs: { auth: 14000 } },
    "browser-bearer": { minBytes: 20000, gzipBytes: 8100, inputs: { "generated-client": 11000 } },
    official: { minBytes: 1000000, gzipBytes: 180000, inputs: { zod: 450000 } },
  },
};

describe("report", () => {
  it("computes the headline ratios @c8rest / official from the results", () => {
    const bars = headlineRatios(results);
    expect(bars.find((b) => b.label === "request time, concurrency 1")?.value).toBe(0.5);
    expect(bars.find((b) => b.label === "bundle min+gzip (OAuth + topology)")?.value).toBe(0.07);
    expect(bars.find((b) => b.label === "import time")?.value).toBeNull();
  });

  it("renders the tables with both sides and the ratios, and no noise warning on a quiet run", () => {
    const md = renderMarkdown(results);
    expect(md).toContain("| request time, concurrency 1 | 0.50x |");
    expect(md).toContain("| @c8rest/client + auth | 1 | 1,000 (999 to 1,001) | 1,000.0 | 2.00x |");
    expect(md).toContain("| official client | 1,000,000 | 180,000 | 1.00x | zod 450,000 |");
    expect(md).not.toContain("**Noise.**");
    expect(renderMarkdown({ ...results, meta: { ...results.meta, noisy: true } })).toContain("**Noise.**");
  });

  it("renders the POST row and the issue's goals with the run's values and whether each is met", () => {
    const md = renderMarkdown(results);
    expect(md).toContain("| @c8rest/client + auth | 64 | 2,800 (2,799 to 2,801) | 357.1 | 1.07x |");
    expect(md).toContain("| `@c8rest/client` + auth, `GET /topology`, concurrency 1, ÷ bare fetch | 2.00x | <= 1.08x | no |");
    expect(md).toContain("| POST with a body, concurrency 64, ÷ bare fetch | 1.07x | <= 1.15x | yes |");
    expect(md).toContain("| OAuth + topology program, min+gzip bytes | 12,000 | <= 9,000 | no |");
    expect(md).toContain("| browser bundle, client + bearer, min+gzip bytes (goal: the CI budget) | 8,100 | <= 9,000 | yes |");
    expect(md).toContain("| same, skipLibCheck false | n/a | <= 0.30x | n/a |");
    // The floors the request goals are measured against: sides of the same run, n/a where a side did not run.
    expect(md).toContain("| fetch + AbortSignal | 1.11x | n/a | 1.03x |");
    expect(md).toContain("| @c8rest/client + auth | 2.00x | n/a | 1.07x |");
    expect(md).not.toContain("| openapi-fetch | ");
    expect(md).toContain("| browser: @c8rest/client + bearerTokenMiddleware (platform browser) | 20,000 | 8,100 |");
  });

  it("draws one bar per measured ratio and marks missing ones n/a", () => {
    const svg = renderChart(results);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<rect /g)?.length).toBe(1 + 2); // background + two measured ratios
    expect(svg.match(/>n\/a</g)?.length).toBe(8);
  });
});

describe("report: job workers", () => {
  const workers = {
    rounds: 3,
    jobsPerRound: 1000,
    settings: { maxParallelJobs: 32, jobTimeoutMs: 30000, pollTimeoutMs: 10000 },
    rows: [
      { side: "@c8rest/worker", jobsPerSecond: s(1200), cpuMicrosPerJob: s(250), completed: 3300, jobs: 3300 },
      { side: "official client", jobsPerSecond: s(800), cpuMicrosPerJob: s(500), completed: 3300, jobs: 3300 },
    ],
  };

  it("renders the worker table beside the official client and charts time and CPU per job", () => {
    const res = { ...results, workers, meta: { ...results.meta, measuredSeparately: { workers: { date: "2026-12-01T10:00:00.000Z", commit: "def5678", loadStart: "1.00", loadEnd: "1.50" } } } };
    const md = renderMarkdown(res);
    expect(md).toContain("## 7. Job worker: a no-op handler against a local fake job server");
    expect(md).toContain("| @c8rest/worker | 1,200 (1,199 to 1,201) | 250.0 (249.0 to 251.0) | 1.50x | 0.50x |");
    expect(md).toContain("| official client | 800 (799 to 801) | 500.0 (499.0 to 501.0) | 1.00x | 1.00x |");
    expect(md).toContain("Measured separately (`npm run bench -- --only workers`) on 2026-12-01T10:00:00.000Z, commit def5678");
    const bars = headlineRatios(res);
    expect(bars.find((b) => b.label === "job worker: time per job (1 / jobs/s)")?.value).toBe(0.67);
    expect(bars.find((b) => b.label === "job worker: client CPU per job")?.value).toBe(0.5);
  });
});

describe("stats", () => {
  it("takes the median of odd and even counts and summarises the spread", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(summary([1, 5, 3], 0)).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, 0)).toBeNull();
  });
});
