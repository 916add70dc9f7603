// Which request object a call's middleware sees: a CallRequest while every middleware is marked for it (one fetch
// Request per attempt, made by fetch itself), a fetch Request as soon as one unmarked middleware is registered.
import { afterEach, describe, expect, it, vi } from "vitest";
import { CALL_REQUEST_MIDDLEWARE, CallRequest, createCamundaClient, isCallRequest, withCallOptions, type Middleware } from "../src/index.js";
import { json, startServer, type TestServer } from "./support/http-server.js";

const topology = { clusterSize: 1, brokers: [], gatewayVersion: "8.9.0", partitionsCount: 1, replicationFactor: 1 };
let server: TestServer | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

/** A middleware that records what kind of request it saw; `marked` makes it take a CallRequest. */
function recorder(marked: boolean, seen: string[], name = marked ? "marked" : "unmarked"): Middleware {
  const m: Middleware = {
    onRequest({ request }) {
      seen.push(`${name}:${isCallRequest(request) ? "CallRequest" : request instanceof Request ? "Request" : "other"}`);
      request.headers.set(`x-${name}`, "1");
      return undefined;
    },
  };
  if (marked) Object.defineProperty(m, CALL_REQUEST_MIDDLEWARE, { value: true });
  return m;
}

async function topologyServer(): Promise<TestServer> {
  return startServer((_req, res) => json(res, 200, topology));
}

describe("the request object of a call", () => {
  it("is a CallRequest while every middleware is marked, and the headers it sets are sent", async () => {
    server = await topologyServer();
    const seen: string[] = [];
    const client = createCamundaClient({ baseUrl: server.address, middleware: [recorder(true, seen)] });
    const { data } = await client.GET("/topology");
    expect(data?.clusterSize).toBe(1);
    expect(seen).toEqual(["marked:CallRequest"]);
    expect(server.seen[0]!.headers["x-marked"]).toBe("1");
  });

  it("is a fetch Request once an unmarked middleware is registered, and a CallRequest again after eject", async () => {
    server = await topologyServer();
    const seen: string[] = [];
    const client = createCamundaClient({ baseUrl: server.address, middleware: [recorder(true, seen)] });
    const other = recorder(false, seen);
    client.use(other);
    await client.GET("/topology");
    expect(seen).toEqual(["marked:Request", "unmarked:Request"]);
    expect(server.seen[0]!.headers).toMatchObject({ "x-marked": "1", "x-unmarked": "1" });
    client.eject(other);
    seen.length = 0;
    await client.GET("/topology");
    expect(seen).toEqual(["marked:CallRequest"]);
  });

  it("counts each registration: a middleware registered twice and ejected once still needs fetch Requests", async () => {
    server = await topologyServer();
    const seen: string[] = [];
    const client = createCamundaClient({ baseUrl: server.address });
    const other = recorder(false, seen);
    client.use(other, other);
    client.eject(other);
    await client.GET("/topology");
    expect(seen).toEqual(["unmarked:Request"]);
  });

  it("is a fetch Request for a call with an unmarked per-call middleware, through withCallOptions too", async () => {
    server = await topologyServer();
    const seen: string[] = [];
    const client = createCamundaClient({ baseUrl: server.address, middleware: [recorder(true, seen)] });
    await client.GET("/topology", { middleware: [recorder(false, seen, "per-call")] });
    expect(seen).toEqual(["marked:Request", "per-call:Request"]);
    seen.length = 0;
    await withCallOptions(client, { timeoutMs: 5_000 }).GET("/topology");
    expect(seen).toEqual(["marked:CallRequest"]);
  });

  it("keeps a client's own Request class", async () => {
    server = await topologyServer();
    const made: string[] = [];
    class MyRequest extends Request {
      constructor(input: ConstructorParameters<typeof Request>[0], init?: RequestInit) {
        super(input, init);
        made.push(this.url);
      }
    }
    const client = createCamundaClient({ baseUrl: server.address, Request: MyRequest });
    await client.GET("/topology");
    expect(made).toEqual([`${server.address}/v2/topology`]);
  });

  it("sends one fetch(url, init) per attempt, with the client's RequestInit options", async () => {
    server = await topologyServer();
    const real = globalThis.fetch;
    const calls: { input: unknown; init: RequestInit | undefined }[] = [];
    vi.stubGlobal("fetch", (input: ConstructorParameters<typeof Request>[0], init?: RequestInit) => {
      calls.push({ input, init });
      return real(input, init);
    });
    const client = createCamundaClient({ baseUrl: server.address, keepalive: true, credentials: "omit" });
    await client.GET("/topology");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.input).toBe(`${server.address}/v2/topology`);
    expect(calls[0]!.init).toMatchObject({ method: "GET", keepalive: true, credentials: "omit", redirect: "manual" });
    expect(calls[0]!.init!.signal).toBeInstanceOf(AbortSignal);
  });

  it("a marked middleware may still return a fetch Request of its own, which is sent", async () => {
    server = await topologyServer();
    const swap: Middleware = {
      onRequest({ request }) {
        return new Request(request.url, { method: request.method, headers: { "x-swapped": "yes" } });
      },
    };
    Object.defineProperty(swap, CALL_REQUEST_MIDDLEWARE, { value: true });
    const client = createCamundaClient({ baseUrl: server.address, middleware: [swap] });
    const { data } = await client.GET("/topology");
    expect(data?.clusterSize).toBe(1);
    expect(server.seen[0]!.headers["x-swapped"]).toBe("yes");
  });
});

describe("CallRequest", () => {
  it("has the URL as the URL parser serializes it and the method normalized as the Fetch standard does", () => {
    const r = new CallRequest("HTTP://LocalHost:8080/v2/./topology?x=1", { method: "get" });
    expect(r.url).toBe("http://localhost:8080/v2/topology?x=1");
    expect(r.method).toBe("GET");
    expect(new CallRequest("http://a.test/", { method: "patch" }).method).toBe("patch");
    expect(r.body).toBeNull();
    expect(r.headers).toBeInstanceOf(Headers);
  });

  it("refuses what new Request refuses: an invalid URL, a GET or HEAD with a body", () => {
    expect(() => new CallRequest("not a url")).toThrow(TypeError);
    expect(() => new CallRequest("http://a.test/", { method: "GET", body: "{}" })).toThrow(/GET\/HEAD method cannot have body/);
    expect(() => new CallRequest("http://a.test/", { method: "HEAD", body: "{}" })).toThrow(TypeError);
  });

  it("clone() copies the headers (changing the copy leaves the original) and keeps the body and other properties", () => {
    const r = new CallRequest("http://a.test/x", { method: "POST", body: '{"a":1}', headers: { "content-type": "application/json" } });
    (r as unknown as Record<string, unknown>).custom = 42;
    const copy = r.clone();
    copy.headers.set("authorization", "Bearer two");
    expect(r.headers.has("authorization")).toBe(false);
    expect(copy.headers.get("content-type")).toBe("application/json");
    expect(copy.body).toBe('{"a":1}');
    expect((copy as unknown as Record<string, unknown>).custom).toBe(42);
    expect(isCallRequest(copy)).toBe(true);
  });

  it("has the caller's signal, or one that never aborts", () => {
    const controller = new AbortController();
    expect(new CallRequest("http://a.test/", { signal: controller.signal }).signal).toBe(controller.signal);
    const own = new CallRequest("http://a.test/").signal;
    expect(own).toBeInstanceOf(AbortSignal);
    expect(own.aborted).toBe(false);
  });

  it("instanceof accepts a CallRequest and a fetch Request, nothing else", () => {
    expect(new CallRequest("http://a.test/") instanceof CallRequest).toBe(true);
    expect(new Request("http://a.test/") instanceof CallRequest).toBe(true);
    expect({ url: "http://a.test/" } instanceof CallRequest).toBe(false);
    expect(isCallRequest(new Request("http://a.test/"))).toBe(false);
  });
});
