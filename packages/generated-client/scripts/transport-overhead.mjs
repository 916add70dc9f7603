// Per-request CPU overhead of the transport: µs/request for bare fetch, plain openapi-fetch and createCamundaClient
// (fixed bearer token, no auth middleware) against a local node:http server in a child process, rounds interleaved,
// median of rounds. A profiling aid, not a test:
//   npx tsdown && node scripts/transport-overhead.mjs [--rounds 7] [--only camunda] [--post]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/transport-overhead.mjs --only camunda
// --post also measures a query POST (`/process-instances/search`, retried, body cloned per attempt).
import { fork } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { createServer } from "node:http";

const BODY = JSON.stringify({ clusterSize: 1, partitionsCount: 1, replicationFactor: 1, gatewayVersion: "8.9.0", brokers: [] });

if (process.argv[2] === "--serve") {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(BODY) });
      res.end(BODY);
    });
  });
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
} else {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const rounds = Number(arg("--rounds", 7));
  const only = arg("--only", undefined);
  const post = process.argv.includes("--post");
  const child = fork(fileURLToPath(import.meta.url), ["--serve"], { stdio: "inherit" });
  const { port } = await new Promise((resolve) => child.once("message", resolve));
  const base = `http://127.0.0.1:${port}`;
  const headers = { authorization: "Bearer fixed-token" };

  const { default: createClient } = await import("openapi-fetch");
  const { createCamundaClient, withCallOptions } = await import("../dist/index.mjs");
  const plain = createClient({ baseUrl: `${base}/v2`, headers });
  const camunda = createCamundaClient({ baseUrl: base, headers });
  const searchBody = { filter: { state: "ACTIVE" }, page: { limit: 10 } };

  let sides = [
    ["bare fetch", async () => (await fetch(`${base}/v2/topology`, { headers })).json()],
    ["openapi-fetch", () => plain.GET("/topology")],
    ["@c8rest/client", () => camunda.GET("/topology")],
  ];
  if (post) {
    sides.push(["openapi-fetch POST", () => plain.POST("/process-instances/search", { body: searchBody })]);
    sides.push(["@c8rest/client POST", () => camunda.POST("/process-instances/search", { body: searchBody })]);
    const once = withCallOptions(camunda, { retry: false });
    sides.push(["@c8rest/client POST 1x", () => once.POST("/process-instances/search", { body: searchBody })]);
  }
  if (only) sides = sides.filter(([name]) => name === "bare fetch" || name.includes(only));

  async function batch(call, total, concurrency) {
    let next = 0;
    const worker = async () => {
      while (next < total) {
        next++;
        const r = await call();
        if (r?.error) throw new Error(`unexpected error ${JSON.stringify(r.error)}`);
      }
    };
    const t0 = process.hrtime.bigint();
    await Promise.all(Array.from({ length: concurrency }, worker));
    return Number(process.hrtime.bigint() - t0) / 1e3 / total;
  }

  const perRound = { 1: 1500, 64: 4000 };
  for (const [, call] of sides) await batch(call, 1000, 8);
  const samples = new Map();
  const load0 = loadavg()[0];
  for (let r = 0; r < rounds; r++) {
    for (const c of [1, 64]) {
      for (const [name, call] of sides) {
        const us = await batch(call, perRound[c], c);
        samples.set(`${name}|${c}`, [...(samples.get(`${name}|${c}`) ?? []), us]);
      }
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`node ${process.version}, ${rounds} rounds, load average ${load0.toFixed(2)} -> ${loadavg()[0].toFixed(2)}`);
  for (const c of [1, 64]) {
    for (const [name] of sides) {
      const xs = samples.get(`${name}|${c}`);
      console.log(
        `c=${String(c).padEnd(3)} ${name.padEnd(22)} median ${median(xs).toFixed(1).padStart(6)} µs/req` +
          `  (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`,
      );
    }
  }
  child.kill();
}
