// Local servers for the tarball test, on 127.0.0.1 port 0: an OAuth 2.0 token endpoint (client credentials,
// RFC 6749 §4.4) and a tiny Orchestration Cluster API that answers GET /v2/topology only with a token it issued.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

export const CLIENT_ID = "tarball-test-client";
export const CLIENT_SECRET = randomBytes(12).toString("hex");

/** A topology reply that satisfies the spec's TopologyResponse (shared with the bench's local server). */
export const TOPOLOGY = JSON.parse(readFileSync(new URL("../../config/test-support/topology.json", import.meta.url), "utf8"));

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function json(res, status, body) {
  res.writeHead(status, { "content-type": status >= 400 ? "application/problem+json" : "application/json" });
  res.end(JSON.stringify(body));
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

/** Starts both servers; `stats` counts token grants and authorised API calls; `close()` stops them. */
export async function startServers() {
  const stats = { tokens: 0, apiCalls: 0, unauthorised: 0 };
  const issued = new Set();

  const oauth = createServer(async (req, res) => {
    if (req.method !== "POST" || req.url !== "/oauth/token") return json(res, 404, { error: "not_found" });
    const form = new URLSearchParams(await readBody(req));
    let id = form.get("client_id");
    let secret = form.get("client_secret");
    const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? "");
    if (basic) [id, secret] = Buffer.from(basic[1], "base64").toString("utf8").split(":").map(decodeURIComponent);
    if (form.get("grant_type") !== "client_credentials") return json(res, 400, { error: "unsupported_grant_type" });
    if (id !== CLIENT_ID || secret !== CLIENT_SECRET) return json(res, 401, { error: "invalid_client" });
    const token = randomBytes(16).toString("hex");
    issued.add(token);
    stats.tokens++;
    res.setHeader("cache-control", "no-store");
    return json(res, 200, { access_token: token, token_type: "Bearer", expires_in: 300 });
  });

  const api = createServer((req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token || !issued.has(token)) {
      stats.unauthorised++;
      res.setHeader("www-authenticate", 'Bearer error="invalid_token"');
      return json(res, 401, { type: "about:blank", title: "Unauthorized", status: 401, detail: "no valid token", instance: req.url });
    }
    if (req.method === "GET" && req.url === "/v2/topology") {
      stats.apiCalls++;
      return json(res, 200, TOPOLOGY);
    }
    if (req.method === "GET" && req.url === "/v2/status") {
      stats.apiCalls++;
      res.writeHead(204).end(); // healthy, as Camunda answers it
      return undefined;
    }
    return json(res, 404, { type: "about:blank", title: "Not Found", status: 404, detail: `${req.method} ${req.url}`, instance: req.url });
  });

  const [tokenBase, apiBase] = await Promise.all([listen(oauth), listen(api)]);
  return {
    tokenUrl: `${tokenBase}/oauth/token`,
    restAddress: apiBase,
    stats,
    close: () => Promise.all([oauth, api].map((s) => new Promise((r) => s.close(r)))),
  };
}
