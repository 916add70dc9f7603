// The one token + topology fake of the repository, for the bench, the tarball test and README tests: a plain
// node:http server on 127.0.0.1, port 0, with an OAuth 2.0 client-credentials token endpoint (RFC 6749 §4.4) and
// GET /v2/topology, GET /v2/status answered only with a token it issued. Lean on purpose (the bench measures
// through it); the Prism-backed mock of the whole API is @c8rest/mock-cluster.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

/** A topology reply that satisfies the spec's TopologyResponse. */
export const TOPOLOGY = JSON.parse(readFileSync(new URL("./topology.json", import.meta.url), "utf8"));

function send(res, status, body, type = "application/json") {
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function problem(res, status, title, detail, instance, headers = {}) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  send(res, status, { type: "about:blank", title, status, detail, instance }, "application/problem+json");
}

/** The client id and secret of a token request: form fields (client_secret_post) or HTTP Basic (RFC 6749 §2.3.1). */
function credentials(req, form) {
  const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? "");
  if (!basic) return [form.get("client_id"), form.get("client_secret")];
  return Buffer.from(basic[1], "base64").toString("utf8").split(":").map(decodeURIComponent);
}

/**
 * Starts the fake.
 * @param {{ clientId: string, clientSecret: string, tokenLifetimeSeconds?: number, tokenPath?: string,
 *   staticTokens?: string[], routes?: Record<string, (req: import("node:http").IncomingMessage, body: string) => { status: number, body?: unknown, type?: string }>,
 *   onRequest?: (seen: { method: string, url: string, authorization: string | undefined }) => void, port?: number,
 *   statsPath?: string, requireToken?: (method: string, path: string) => boolean }} options
 *   `routes` answer "METHOD /path" (authorised requests only) besides topology and status; `staticTokens` are
 *   accepted without a grant; `onRequest` sees every request; `statsPath` serves the counters as JSON (and
 *   `<statsPath>/reset` zeroes them) for a process that reads them over HTTP; `requireToken` (default: always)
 *   says which API requests need a token.
 * @returns {Promise<{ address: string, tokenUrl: string, stats: { tokenRequests: number, tokensIssued: number,
 *   apiRequests: number, unauthorized: number }, resetStats(): void, close(): Promise<void> }>}
 * @example
 * const fake = await startTokenTopologyServer({ clientId: "app", clientSecret: "s3cret" });
 * // ZEEBE_REST_ADDRESS=fake.address ZEEBE_AUTHORIZATION_SERVER_URL=fake.tokenUrl ...
 * await fake.close();
 */
export async function startTokenTopologyServer(options) {
  const lifetime = options.tokenLifetimeSeconds ?? 300;
  const tokenPath = options.tokenPath ?? "/oauth/token";
  const issued = new Map(options.staticTokens?.map((t) => [t, Infinity]));
  const stats = { tokenRequests: 0, tokensIssued: 0, apiRequests: 0, unauthorized: 0 };
  const routes = {
    "GET /v2/topology": () => ({ status: 200, body: TOPOLOGY }),
    "GET /v2/status": () => ({ status: 204 }), // healthy, as Camunda answers it
    ...options.routes,
  };
  const server = createServer((req, res) => {
    options.onRequest?.({ method: req.method, url: req.url, authorization: req.headers.authorization });
    if (req.method === "POST" && req.url === tokenPath) {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        stats.tokenRequests++;
        const form = new URLSearchParams(body);
        if (form.get("grant_type") !== "client_credentials") return send(res, 400, { error: "unsupported_grant_type" });
        const [id, secret] = credentials(req, form);
        if (id !== options.clientId || secret !== options.clientSecret) return send(res, 401, { error: "invalid_client" });
        const token = randomBytes(16).toString("hex");
        issued.set(token, Date.now() + lifetime * 1000);
        stats.tokensIssued++;
        res.setHeader("cache-control", "no-store");
        send(res, 200, { access_token: token, token_type: "Bearer", expires_in: lifetime });
      });
      return;
    }
    const path = (req.url ?? "/").split("?")[0];
    if (options.statsPath && path === options.statsPath) return send(res, 200, stats);
    if (options.statsPath && path === `${options.statsPath}/reset`) {
      for (const key of Object.keys(stats)) stats[key] = 0;
      return send(res, 200, {});
    }
    if (!path.startsWith("/v2/")) return problem(res, 404, "Not Found", `${req.method} ${path}`, path);
    stats.apiRequests++;
    const auth = req.headers.authorization ?? "";
    const token = auth.startsWith("Bearer ") ? auth.slice(7) : "";
    if ((options.requireToken?.(req.method, path) ?? true) && !((issued.get(token) ?? 0) > Date.now())) {
      stats.unauthorized++;
      return problem(res, 401, "Unauthorized", "no valid token", path, { "www-authenticate": 'Bearer error="invalid_token"' });
    }
    const route = routes[`${req.method} ${path}`];
    if (!route) return problem(res, 404, "Not Found", `${req.method} ${path}`, path);
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const answer = route(req, body);
      send(res, answer.status, answer.body, answer.type);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address = `http://127.0.0.1:${server.address().port}`;
  return {
    address,
    tokenUrl: `${address}${tokenPath}`,
    stats,
    resetStats() {
      for (const key of Object.keys(stats)) stats[key] = 0;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
