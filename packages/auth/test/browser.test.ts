// @c8rest/client + @c8rest/auth in a real browser: the page (test/browser/page.mjs) is bundled with esbuild for the
// browser from the built packages (their published entries), loaded by headless Chromium from one local origin, and
// calls a CORS-enabled API server on another. Skipped, with the reason in its title, only where no Chromium exists
// (CI installs Debian's chromium).
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_CANDIDATES, findChromium, startChromium, type RunningChromium } from "./browser/chromium.ts";

const entry = fileURLToPath(new URL("./browser/page.mjs", import.meta.url));
const TOKEN = "browser-bearer-token.abc123";
const OAUTH_TOKEN = "browser-oauth-token.def456";
const topology = { clusterSize: 3, partitionsCount: 1, replicationFactor: 3, gatewayVersion: "8.9.0", brokers: [{ nodeId: 0, host: "b0", port: 26501, partitions: [], version: "8.9.0" }] };

async function bundle(): Promise<{ code: string; inputs: string[] }> {
  const out = await build({
    absWorkingDir: fileURLToPath(new URL("..", import.meta.url)), entryPoints: [entry], bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, metafile: true, logLevel: "silent" });
  return { code: out.outputFiles[0]!.text, inputs: Object.keys(out.metafile.inputs) };
}

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the esbuild browser bundle of @c8rest/client + @c8rest/auth", () => {
  it("bundles for the browser from the published entries, with no Node built-in and without @c8rest/auth/node", async () => {
    const { code, inputs } = await bundle();
    expect(inputs).toContain("dist/index.mjs"); // @c8rest/auth (this package)
    expect(inputs).toContain("../generated-client/dist/index.mjs"); // @c8rest/client
    expect(inputs.filter((f) => /node:|auth\/dist\/node\.|undici/.test(f))).toEqual([]);
    expect(code).not.toMatch(/from\s*"node:|import\("node:|require\("node:/);
  });
});

const chromium = findChromium();
if (!chromium) {
  describe("headless Chromium", () => {
    it.skip(`skipped: no Chromium found (looked at ${CHROMIUM_CANDIDATES.join(", ")}); install Debian's chromium or set CHROMIUM_PATH`, () => {});
  });
} else {
  describe("headless Chromium", () => {
    const seen: Seen[] = [];
    let api: Server;
    let page: Server;
    let browser: RunningChromium | undefined;
    let report: Promise<{ ok: boolean; result?: Record<string, { status: number; clusterSize?: number; brokers?: number; error: unknown }> & { userAgent: string }; error?: string }>;

    beforeAll(async () => {
      const { code } = await bundle();
      let pageOrigin = "";
      // The API: CORS for the page's origin only; 401 without the expected credentials.
      api = createServer(async (req, res) => {
        for await (const _ of req);
        const path = (req.url ?? "").split("?")[0]!;
        seen.push({ method: req.method ?? "", path, headers: req.headers });
        const cors = { "access-control-allow-origin": pageOrigin, vary: "origin" };
        if (req.method === "OPTIONS") {
          res.writeHead(204, { ...cors, "access-control-allow-methods": "GET, POST", "access-control-allow-headers": "authorization, content-type", "access-control-max-age": "0" });
          return res.end();
        }
        if (path === "/oauth/token" && req.method === "POST") {
          res.writeHead(200, { ...cors, "content-type": "application/json" });
          return res.end(JSON.stringify({ access_token: OAUTH_TOKEN, token_type: "Bearer", expires_in: 300 }));
        }
        const auth = req.headers.authorization;
        const okAuth = auth === undefined || auth === `Bearer ${TOKEN}` || auth === `Bearer ${OAUTH_TOKEN}` || auth === `Basic ${Buffer.from("demo:dëmo-pass").toString("base64")}`;
        if (path === "/v2/topology" && okAuth) {
          res.writeHead(200, { ...cors, "content-type": "application/json" });
          return res.end(JSON.stringify(topology));
        }
        res.writeHead(401, { ...cors, "content-type": "application/problem+json" });
        res.end(JSON.stringify({ title: "Unauthorized", status: 401 }));
      });
      const apiUrl = await listen(api);
      let resolveReport!: (v: Awaited<typeof report>) => void;
      report = new Promise((r) => (resolveReport = r));
      page = createServer(async (req, res) => {
        let body = "";
        for await (const chunk of req) body += String(chunk);
        if (req.url === "/report") {
          resolveReport(JSON.parse(body));
          res.writeHead(204);
          return res.end();
        }
        if (req.url === "/page.js") {
          res.writeHead(200, { "content-type": "text/javascript" });
          return res.end(code);
        }
        if (req.url?.startsWith("/?")) {
          res.writeHead(200, { "content-type": "text/html" });
          return res.end('<!doctype html><meta charset="utf-8"><title>c8rest</title><script type="module" src="/page.js"></script>');
        }
        res.writeHead(404);
        res.end();
      });
      pageOrigin = await listen(page);
      browser = startChromium(chromium, `${pageOrigin}/?api=${encodeURIComponent(apiUrl)}&token=${encodeURIComponent(TOKEN)}`);
    }, 60_000);

    afterAll(async () => {
      await browser?.stop();
      await Promise.all([api, page].map((s) => s && new Promise((r) => s.close(r))));
    });

    it("calls the API through the client with bearer, basic and OAuth middleware and gets the typed result", async () => {
      const outcome = await Promise.race([
        report,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no report from Chromium within 60 s; it printed:\n${browser?.output()}`)), 60_000)),
      ]);
      expect(outcome.error).toBeUndefined();
      const { userAgent, ...calls } = outcome.result!;
      expect(userAgent).toMatch(/Chrome\//);
      for (const [name, call] of Object.entries(calls)) {
        expect({ name, ...call }).toEqual({ name, status: 200, clusterSize: 3, brokers: 1, error: null });
      }
      const gets = seen.filter((s) => s.method === "GET" && s.path === "/v2/topology");
      expect(gets.map((s) => s.headers.authorization)).toEqual([undefined, `Bearer ${TOKEN}`, `Basic ${Buffer.from("demo:dëmo-pass").toString("base64")}`, `Bearer ${OAUTH_TOKEN}`]);
      // No User-Agent override was attempted: it would be listed in the preflights' requested headers.
      const preflights = seen.filter((s) => s.method === "OPTIONS");
      expect(preflights.map((s) => s.headers["access-control-request-headers"])).toEqual(["authorization", "authorization", "authorization"]);
      expect(gets.every((s) => !/c8rest-client/.test(String(s.headers["user-agent"])))).toBe(true);
      // The call without credentials needed no preflight (only CORS-safelisted headers); the token request neither.
      expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
        "GET /v2/topology",
        "OPTIONS /v2/topology",
        "GET /v2/topology",
        "OPTIONS /v2/topology",
        "GET /v2/topology",
        "POST /oauth/token",
        "OPTIONS /v2/topology",
        "GET /v2/topology",
      ]);
    }, 90_000);
  });
}
