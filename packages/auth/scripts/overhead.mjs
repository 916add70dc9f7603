// Measures what the auth middleware adds per request with a cached token, in microseconds: an openapi-fetch client
// whose fetch answers at once, with and without the middleware, and the same with createCamundaClient (where the
// call keeps the body, so the middleware copies none). Run after `npx tsdown`: node scripts/overhead.mjs
import createClient from "openapi-fetch";
import { createCamundaClient } from "@c8rest/client";
import { basicAuthMiddleware, createOAuthTokenProvider, oauthMiddleware } from "../dist/index.mjs";

const N = Number(process.env.N ?? 20000);
// Reads the request body as a real fetch would, then answers at once.
const fetch = async (request) => {
  if (request.body) await request.arrayBuffer();
  return new Response('{"ok":true}', { status: 200, headers: { "content-type": "application/json" } });
};
const tokenFetch = async () => new Response(JSON.stringify({ access_token: "bench-token-abcdef", token_type: "Bearer", expires_in: 3600 }), { status: 200, headers: { "content-type": "application/json" } });

function make(mw) {
  const c = createClient({ baseUrl: "https://cluster.example.com/v2", fetch });
  if (mw) c.use(mw);
  return c;
}

async function time(client, call) {
  for (let i = 0; i < 2000; i++) await call(client); // warm-up (and the one token request)
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await call(client);
  return Number(process.hrtime.bigint() - t0) / 1000 / N;
}

const get = (c) => c.GET("/topology");
const post = (c) => c.POST("/process-instances/search", { body: { filter: { state: "ACTIVE" }, page: { limit: 10 } } });
const oauth = (replayBodies = true) =>
  oauthMiddleware(createOAuthTokenProvider({ clientId: "id", clientSecret: "secret", tokenUrl: "https://login.example.com/token", fetch: tokenFetch }), { replayBodies });
const rows = [];
const ROUNDS = Number(process.env.ROUNDS ?? 9);
for (const [name, call] of [["GET", get], ["POST with body", post]]) {
  // An injected fetch: the transport gives it one Request per attempt (with the call's signal and body), one more
  // than with the global fetch, so compare "+ oauth" columns, not the client with plain openapi-fetch.
  const camunda = (mw) => createCamundaClient({ baseUrl: "https://cluster.example.com", fetch, middleware: mw ? [mw] : [] });
  const variants = {
    none: () => make(),
    oauth: () => make(oauth()),
    noCopy: () => make(oauth(false)),
    basic: () => make(basicAuthMiddleware({ username: "u", password: "p" })),
    client: () => camunda(),
    clientOauth: () => camunda(oauth()),
  };
  const runs = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (const mk of Object.values(variants)) await time(mk(), call); // JIT warm-up of every path first
  for (let r = 0; r < ROUNDS; r++) {
    // Interleaved, in a rotating order, so that load from elsewhere hits every variant alike.
    const keys = Object.keys(variants);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[(i + r) % keys.length];
      runs[k].push(await time(variants[k](), call));
    }
  }
  const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const none = med(runs.none);
  rows.push({
    request: name,
    "no middleware µs": none.toFixed(1),
    "+ oauth µs": (med(runs.oauth) - none).toFixed(1),
    "+ oauth, replayBodies false µs": (med(runs.noCopy) - none).toFixed(1),
    "+ basic µs": (med(runs.basic) - none).toFixed(1),
    "createCamundaClient µs": med(runs.client).toFixed(1),
    "createCamundaClient + oauth µs": (med(runs.clientOauth) - med(runs.client)).toFixed(1),
  });
}
console.table(rows);
console.log(`node ${process.version}, ${N} requests per run, median of ${ROUNDS} interleaved runs; fetch answers at once, token cached`);
