// The local stack every request measure uses, in a child process of its own (so that serving does not share
// the measuring process's event loop): `node lib/server.mjs [--lifetime S]` prints one JSON line
// {"port":N} and then serves, on 127.0.0.1:
//   POST /oauth/token  client-credentials token endpoint (RFC 6749 §4.4); tokens live --lifetime seconds (default 3600)
//   GET  /v2/topology  a fixed topology JSON; 401 without a Bearer token this server issued
//   POST /v2/process-instances  reads the JSON body, answers a created instance naming its processDefinitionId
//   GET  /stats        {"tokenRequests":N,"apiRequests":N,"unauthorized":N}; POST /stats/reset zeroes them
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const i = process.argv.indexOf("--lifetime");
const lifetime = i > 0 ? Number(process.argv[i + 1]) : 3600;

// The topology reply shared with the tarball test (a valid TopologyResponse of the spec).
export const TOPOLOGY = readFileSync(new URL("../../config/test-support/topology.json", import.meta.url), "utf8");

const stats = { tokenRequests: 0, apiRequests: 0, unauthorized: 0 };
const issued = new Map(); // token -> expiry (ms)
let counter = 0;

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer((req, res) => {
  if (req.method === "POST" && req.url === "/oauth/token") {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      stats.tokenRequests++;
      const form = new URLSearchParams(body);
      if (form.get("grant_type") !== "client_credentials" || form.get("client_id") !== "bench" || form.get("client_secret") !== "bench-secret") {
        return send(res, 401, JSON.stringify({ error: "invalid_client" }));
      }
      const token = `bench-token-${++counter}-${Date.now()}`;
      issued.set(token, Date.now() + lifetime * 1000);
      send(res, 200, JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: lifetime }));
    });
    return;
  }
  if (req.url === "/stats") return send(res, 200, JSON.stringify(stats));
  if (req.url === "/stats/reset") {
    stats.tokenRequests = stats.apiRequests = stats.unauthorized = 0;
    return send(res, 200, "{}");
  }
  const authorized = () => {
    stats.apiRequests++;
    const auth = req.headers.authorization ?? "";
    const token = auth.startsWith("Bearer ") ? auth.slice(7) : "";
    const expiry = issued.get(token);
    if (token === "static-bench-token" || (expiry && expiry > Date.now())) return true;
    stats.unauthorized++;
    send(res, 401, JSON.stringify({ title: "Unauthorized", status: 401 }), "application/problem+json");
    return false;
  };
  if (req.method === "GET" && req.url === "/v2/topology") {
    if (authorized()) send(res, 200, TOPOLOGY);
    return;
  }
  if (req.method === "POST" && req.url === "/v2/process-instances") {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (!authorized()) return;
      let id;
      try {
        id = JSON.parse(body).processDefinitionId;
      } catch {
        return send(res, 400, JSON.stringify({ title: "Bad Request", status: 400 }), "application/problem+json");
      }
      const key = String(2251799813685249 + ++counter);
      send(res, 200, JSON.stringify({ processDefinitionId: id, processDefinitionKey: "2251799813685100", processDefinitionVersion: 1, processInstanceKey: key, tenantId: "<default>", variables: {} }));
    });
    return;
  }
  send(res, 404, JSON.stringify({ title: "Not Found", status: 404 }), "application/problem+json");
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + "\n");
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
process.on("disconnect", () => process.exit(0));
