// Hostile replies against a node:http server on 127.0.0.1: each ends in a typed error, within the call's deadline,
// with bounded memory: a 2xx that is not JSON, a body cut off, a body over maxResponseBytes (plain, chunked,
// gzip), a gzip bomb, a trickle.
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  CamundaNetworkError,
  CamundaResponseError,
  CamundaResponseTooLargeError,
  CamundaTimeoutError,
  DEFAULT_MAX_RESPONSE_BYTES,
  createCamundaClient,
  withCallOptions,
} from "../src/index.js";
import { startServer, type TestServer } from "./support/http-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
const caught = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("a 2xx that is not JSON", () => {
  const cases: [string, string, string][] = [
    ["an HTML page", "text/html", "<html><body><h1>Sign in</h1> to continue, token=abc123</body></html>"],
    ["invalid JSON", "application/json", '{"clusterSize": 1, "brokers": ['],
    ["a bare word", "application/json", "undefined"],
  ];
  for (const [name, type, body] of cases) {
    for (const length of [true, false]) {
      it(`${name} (${length ? "with" : "without"} Content-Length): a CamundaResponseError with operation, status and a sanitised excerpt`, async () => {
        server = await startServer((_req, res) => {
          res.writeHead(200, { "content-type": type, ...(length ? { "content-length": Buffer.byteLength(body) } : {}) });
          res.end(body);
        });
        const client = createCamundaClient({ baseUrl: server.address });
        const error = await caught(client.GET("/topology"));
        expect(error).toBeInstanceOf(CamundaResponseError);
        expect(error).toMatchObject({ code: "C8REST_RESPONSE_INVALID", operationId: "getTopology", method: "GET", path: "/topology", status: 200, contentType: type, attempts: 1 });
        const { bodyExcerpt, message } = error as CamundaResponseError;
        expect(bodyExcerpt.length).toBeGreaterThan(0);
        expect(message).toContain(bodyExcerpt);
        expect(`${message} ${bodyExcerpt}`).not.toMatch(/<|abc123/);
        expect((error as Error).cause).toBeUndefined();
      });
    }
  }

  it("masks the credential the call sent when the page echoes it", async () => {
    const token = "eyJ.hostile-echo_token+/=";
    server = await startServer((req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<p>you sent ${req.headers.authorization} and ${encodeURIComponent(token)}</p>`);
    });
    const client = createCamundaClient({ baseUrl: server.address, headers: { authorization: `Bearer ${token}` } });
    const error = (await caught(client.GET("/topology"))) as CamundaResponseError;
    expect(error).toBeInstanceOf(CamundaResponseError);
    expect(`${error.message} ${error.bodyExcerpt}`).not.toContain("hostile-echo_token");
    expect(error.bodyExcerpt).toMatch(/you sent/);
  });

  it("parseAs text still gives the body, and an empty 200 gives no data", async () => {
    server = await startServer((req, res) => {
      res.writeHead(200, { "content-type": "text/xml" });
      res.end(req.url!.includes("xml") ? "<definitions/>" : "");
    });
    const client = createCamundaClient({ baseUrl: server.address });
    const { data } = await client.GET("/process-definitions/{processDefinitionKey}/xml", { params: { path: { processDefinitionKey: "1" } }, parseAs: "text" });
    expect(data).toBe("<definitions/>");
    expect((await client.GET("/topology")).data).toBeUndefined();
  });
});

describe("a body cut off", () => {
  it("mid-body (Content-Length not reached): a CamundaNetworkError, not a bare TypeError", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"clusterSize": 1, "brokers": [');
      setTimeout(() => res.destroy(), 20);
    });
    const error = await caught(createCamundaClient({ baseUrl: server.address }).GET("/topology"));
    expect(error).toBeInstanceOf(CamundaNetworkError);
    expect(error).toMatchObject({ code: "C8REST_NETWORK", operation: "GET /topology" });
    expect((error as Error).message).toMatch(/incomplete response body/);
  });

  it("a chunked body and an error answer cut off: CamundaNetworkError too", async () => {
    server = await startServer((req, res) => {
      res.writeHead(req.method === "GET" ? 200 : 500, { "content-type": "application/json" });
      res.write('{"items": [');
      setTimeout(() => res.destroy(), 20);
    });
    const client = createCamundaClient({ baseUrl: server.address, retry: false });
    await expect(client.GET("/topology")).rejects.toBeInstanceOf(CamundaNetworkError);
    await expect(client.POST("/process-instances", { body: { processDefinitionId: "a" } })).rejects.toBeInstanceOf(CamundaNetworkError);
  });
});

/** Writes `total` bytes of a JSON array in 64 KiB chunks, honouring backpressure; stops when the client goes. */
function streamJson(res: ServerResponse, total: number, headers: Record<string, string | number>): void {
  res.writeHead(200, { "content-type": "application/json", ...headers });
  const chunk = Buffer.alloc(65_536, "1,");
  let sent = 0;
  const more = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once("drain", more);
    }
    res.end();
  };
  res.on("close", () => (sent = total));
  more();
}

describe("maxResponseBytes", () => {
  const FIFTY_MB = 50 * 1024 * 1024;

  it("is 64 MiB by default and checked as an option", () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(64 * 1024 * 1024);
    expect(() => createCamundaClient({ baseUrl: "http://x.test", maxResponseBytes: 0 })).toThrow(/maxResponseBytes must be a number/);
  });

  for (const framing of ["Content-Length", "chunked"] as const) {
    it(`a 50 MB JSON body (${framing}) over a 16 MiB client limit: CamundaResponseTooLargeError, the rest unread`, async () => {
      server = await startServer((_req, res) => streamJson(res, FIFTY_MB, framing === "chunked" ? {} : { "content-length": FIFTY_MB }));
      const client = createCamundaClient({ baseUrl: server.address, maxResponseBytes: 16 * 1024 * 1024 });
      const error = await caught(client.POST("/process-instances/search", { body: {} }));
      expect(error).toBeInstanceOf(CamundaResponseTooLargeError);
      expect(error).toMatchObject({ code: "C8REST_RESPONSE_TOO_LARGE", operation: "POST /process-instances/search", maxResponseBytes: 16 * 1024 * 1024 });
      expect((error as Error).message).toMatch(/raise maxResponseBytes/);
    });
  }

  it("is set per call with withCallOptions; a body within the limit is read whole (gzip and chunked)", async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ processInstanceKey: String(i) }));
    const body = JSON.stringify({ items, page: { totalItems: items.length } });
    server = await startServer((req, res) => {
      const gz = req.headers["accept-encoding"]?.includes("gzip");
      res.writeHead(200, { "content-type": "application/json", ...(gz ? { "content-encoding": "gzip" } : {}) });
      res.end(gz ? gzipSync(body) : body);
    });
    const client = createCamundaClient({ baseUrl: server.address });
    const { data } = await client.POST("/process-instances/search", { body: {} });
    expect(data?.items).toHaveLength(20_000);
    const small = withCallOptions(client, { maxResponseBytes: 100_000 });
    await expect(small.POST("/process-instances/search", { body: {} })).rejects.toMatchObject({ name: "CamundaResponseTooLargeError", maxResponseBytes: 100_000 });
    const plain = { headers: { "accept-encoding": "identity" } };
    await expect(small.POST("/process-instances/search", { body: {}, ...plain })).rejects.toBeInstanceOf(CamundaResponseTooLargeError);
    expect((await client.POST("/process-instances/search", { body: {}, ...plain })).data?.items).toHaveLength(20_000);
  });

  it("a gzip bomb (1 MB expanding to 1 GiB) stops at the default limit with bounded memory", async () => {
    const member = gzipSync(Buffer.alloc(1 << 20), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 1024 }, () => member)); // gzip members concatenate (RFC 1952 §2.2)
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": bomb.length });
      res.end(bomb);
    });
    const client = createCamundaClient({ baseUrl: server.address, timeoutMs: 120_000 });
    const rssBefore = process.memoryUsage().rss;
    const error = await caught(client.GET("/topology"));
    const peakGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore;
    expect(error).toBeInstanceOf(CamundaResponseTooLargeError);
    expect(error).toMatchObject({ maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES });
    // Unbounded, reading it costs over 2 GB; bounded, about the limit (64 MiB) and its decoding.
    expect(peakGrowth).toBeLessThan(512 * 1024 * 1024);
  });
});

describe("a trickle (one byte every 100 ms)", () => {
  for (const framing of ["Content-Length", "chunked", "gzip"] as const) {
    it(`(${framing}) ends at the call's deadline with a CamundaTimeoutError`, async () => {
      const body = Buffer.from(JSON.stringify({ clusterSize: 1, brokers: [], padding: "x".repeat(200) }));
      const payload = framing === "gzip" ? gzipSync(body) : body;
      const timers: NodeJS.Timeout[] = [];
      server = await startServer((_req, res) => {
        res.writeHead(200, {
          "content-type": "application/json",
          ...(framing === "Content-Length" ? { "content-length": payload.length } : {}),
          ...(framing === "gzip" ? { "content-encoding": "gzip" } : {}),
        });
        let i = 0;
        const tick = () => {
          if (res.destroyed || i >= payload.length) return void res.end();
          res.write(payload.subarray(i, ++i));
          timers.push(setTimeout(tick, 100));
        };
        tick();
      });
      const client = createCamundaClient({ baseUrl: server.address, timeoutMs: 800 });
      const started = Date.now();
      const error = await caught(client.GET("/topology"));
      const elapsed = Date.now() - started;
      timers.forEach(clearTimeout);
      expect(error).toBeInstanceOf(CamundaTimeoutError);
      expect(error).toMatchObject({ timeoutMs: 800 });
      // The whole body would take over 20 s; the deadline ends it (slack for a loaded machine).
      expect(elapsed).toBeGreaterThanOrEqual(750);
      expect(elapsed).toBeLessThan(10_000);
    });
  }
});
