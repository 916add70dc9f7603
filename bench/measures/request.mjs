// Measure 1: request overhead. Same GET /v2/topology (and, at concurrency 64, the same POST /v2/process-instances
// with a JSON body) against one local server (a child process), every side in this process, rounds interleaved so
// that machine noise hits all sides alike.
import { startStack } from "../lib/stack.mjs";
import { POST_SIDES, SIDES } from "../lib/clients.mjs";
import { ratio, summary } from "../lib/stats.mjs";

async function runBatch(call, total, concurrency) {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      await call();
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Number(process.hrtime.bigint() - t0) / 1e9; // seconds
}

/** @returns {Promise<object>} rows per side and concurrency: requests/s and µs/request (median, min, max of rounds). */
export async function measureRequests({ rounds = 5, perRound = { 1: 1000, 64: 4000 }, log = () => {} } = {}) {
  const stack = await startStack();
  try {
    const sides = [];
    for (const s of SIDES) sides.push({ name: s.name, call: await s.make(stack) });
    const posts = [];
    for (const s of POST_SIDES) posts.push({ name: s.name, call: await s.make(stack) });
    for (const s of [...sides, ...posts]) await runBatch(s.call, 300, 8); // warm-up: JIT, connections, first token
    const samples = {};
    const postSamples = {};
    for (let r = 0; r < rounds; r++) {
      for (const c of Object.keys(perRound).map(Number)) {
        for (const s of sides) {
          const secs = await runBatch(s.call, perRound[c], c);
          (samples[`${s.name}|${c}`] ??= []).push(perRound[c] / secs);
        }
      }
      for (const s of posts) {
        const secs = await runBatch(s.call, perRound[64], 64);
        (postSamples[s.name] ??= []).push(perRound[64] / secs);
      }
      log(`  request overhead: round ${r + 1}/${rounds}`);
    }
    const st = await stack.stats();
    if (st.unauthorized > 0) throw new Error(`request measure: ${st.unauthorized} requests were rejected as unauthorized`);
    const rows = [];
    for (const c of Object.keys(perRound).map(Number)) {
      const floor = summary(samples[`bare fetch|${c}`], 0).median;
      for (const s of sides) {
        const rps = summary(samples[`${s.name}|${c}`], 0);
        rows.push({
          side: s.name,
          concurrency: c,
          requestsPerSecond: rps,
          microsPerRequest: Number((1e6 / rps.median).toFixed(1)),
          ratioToBareFetch: ratio(1e6 / rps.median, 1e6 / floor), // time per request relative to bare fetch
        });
      }
    }
    const postFloor = summary(postSamples["bare fetch"], 0).median;
    const postRows = posts.map((s) => {
      const rps = summary(postSamples[s.name], 0);
      return {
        side: s.name,
        concurrency: 64,
        requestsPerSecond: rps,
        microsPerRequest: Number((1e6 / rps.median).toFixed(1)),
        ratioToBareFetch: ratio(1e6 / rps.median, 1e6 / postFloor),
      };
    });
    return { rows, postRows, tokenRequests: st.tokenRequests, apiRequests: st.apiRequests };
  } finally {
    await stack.stop();
  }
}
