// The page bundled for headless Chromium by browser.test.ts (esbuild, platform browser): calls the API origin given
// in the query string through @c8rest/client with each auth middleware and reports what came back to the page's
// own server (POST /report).
import { basicAuthMiddleware, bearerTokenMiddleware, oauthMiddleware } from "@c8rest/auth";
import { createCamundaClient } from "@c8rest/client";

const query = new URL(location.href).searchParams;
const api = query.get("api");

async function topology(middleware) {
  const client = createCamundaClient({ baseUrl: api, middleware });
  const { data, error, response } = await client.GET("/topology");
  return { status: response.status, clusterSize: data?.clusterSize, brokers: data?.brokers?.length, error: error ?? null };
}

async function run() {
  return {
    userAgent: navigator.userAgent,
    plain: await topology([]),
    bearer: await topology([bearerTokenMiddleware(query.get("token"))]),
    basic: await topology([basicAuthMiddleware({ username: "demo", password: "dëmo-pass" })]),
    oauth: await topology([oauthMiddleware({ clientId: "browser-client", clientSecret: "browser-secret", tokenUrl: `${api}/oauth/token` })]),
  };
}

run().then(
  (result) => fetch("/report", { method: "POST", body: JSON.stringify({ ok: true, result }) }),
  (e) => fetch("/report", { method: "POST", body: JSON.stringify({ ok: false, error: `${e?.name}: ${e?.message}` }) }),
);
