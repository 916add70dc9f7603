// guardBody: the call's timeout covers the body read and is cleared once the body is read, whichever way it is read.
import { afterEach, describe, expect, it, vi } from "vitest";
import { CamundaTimeoutError, createCamundaClient } from "../src/index.js";
import { guardBody, OVER_LIMIT } from "../src/transport/body-guard.js";
import { createTransport } from "../src/transport/transport.js";
import { startServer, type TestServer } from "./support/http-server.js";

const mapped = new Error("mapped");
const guard = (response: Response) => {
  const done = vi.fn();
  const mapError = vi.fn(() => mapped);
  return { response: guardBody(response, done, mapError), done, mapError };
};

describe("guardBody", () => {
  it("reports the end of json() once and returns the same Response object", async () => {
    const original = new Response('{"a":1}', { headers: { "content-type": "application/json" } });
    const { response, done } = guard(original);
    expect(response).toBe(original);
    expect(done).not.toHaveBeenCalled();
    expect(await response.json()).toEqual({ a: 1 });
    expect(done).toHaveBeenCalledTimes(1);
  });

  it("calls the consumers of the response's own class (another fetch implementation's, or a subclass)", async () => {
    const ownProto = Object.create(Response.prototype, {
      json: {
        async value(this: Response) {
          return { ...((await Response.prototype.json.call(this)) as object), tagged: true };
        },
      },
    }) as object;
    const { response, done } = guard(Object.setPrototypeOf(new Response('{"a":1}'), ownProto) as Response);
    expect(await response.json()).toEqual({ a: 1, tagged: true });
    expect(done).toHaveBeenCalledTimes(1);
  });

  it("guards a guarded response again (a transport over a transport): both hear of the end, once", async () => {
    const first = guard(new Response("abc"));
    const second = guard(first.response);
    expect(await second.response.text()).toBe("abc");
    expect(first.done).toHaveBeenCalledTimes(1);
    expect(second.done).toHaveBeenCalledTimes(1);
    const third = guard(guard(new Response("xyz")).response);
    const chunks: Uint8Array[] = [];
    for await (const chunk of third.response.body!) chunks.push(chunk);
    expect(third.done).toHaveBeenCalledTimes(1);
  });

  it("maps a failed read and reports its end", async () => {
    const body = new ReadableStream({ pull: (c) => c.error(new Error("socket gone")) });
    const { response, done, mapError } = guard(new Response(body));
    await expect(response.text()).rejects.toBe(mapped);
    expect(mapError).toHaveBeenCalledWith(expect.objectContaining({ message: "socket gone" }));
    expect(done).toHaveBeenCalledTimes(1);
  });

  it("reports the end of a read through response.body, and looking at .body alone does not lock it", async () => {
    const { response, done } = guard(new Response("abc"));
    expect(response.body).not.toBeNull();
    expect(response.bodyUsed).toBe(false);
    const chunks: string[] = [];
    for await (const chunk of response.body!) chunks.push(new TextDecoder().decode(chunk));
    expect(chunks.join("")).toBe("abc");
    expect(done).toHaveBeenCalledTimes(1);
    expect(response.bodyUsed).toBe(true);

    const other = guard(new Response("xyz"));
    void other.response.body; // e.g. openapi-fetch or a middleware checking for a body
    expect(await other.response.text()).toBe("xyz");
    expect(other.done).toHaveBeenCalledTimes(1);
  });

  it("reports a cancelled body, and an empty one at once", async () => {
    const { response, done } = guard(new Response("abc"));
    await response.body!.cancel();
    expect(done).toHaveBeenCalledTimes(1);
    expect(guard(new Response(null, { status: 204 })).done).toHaveBeenCalledTimes(1);
    expect(guard(new Response("", { headers: { "content-length": "0" } })).done).toHaveBeenCalledTimes(1);
  });
});

describe("guardBody with a limit", () => {
  const limited = (response: Response, limit: number) => {
    const done = vi.fn();
    const mapError = vi.fn((e: unknown) => (e === OVER_LIMIT ? mapped : e));
    return { response: guardBody(response, done, mapError, limit), done, mapError };
  };
  /** A body of `n` bytes in chunks of 10, without a Content-Length (as a chunked or compressed answer). */
  const chunked = (n: number, type = "application/json") =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(c) {
          for (let i = 0; i < n; i += 10) c.enqueue(new TextEncoder().encode("1".repeat(Math.min(10, n - i))));
          c.close();
        },
      }),
      { headers: { "content-type": type } },
    );

  it("reads a counted body within the limit with every consumer, and reports its end", async () => {
    const reads: [string, (r: Response) => Promise<unknown>, unknown][] = [
      ["text", (r) => r.text(), "1".repeat(95)],
      ["json", (r) => r.json(), Number("1".repeat(95))],
      ["arrayBuffer", async (r) => (await r.arrayBuffer()).byteLength, 95],
      ["bytes", async (r) => (await (r as Response & { bytes(): Promise<Uint8Array> }).bytes()).length, 95],
      ["blob", async (r) => (await r.blob()).size, 95],
    ];
    for (const [name, read, want] of reads) {
      const { response, done } = limited(chunked(95), 95);
      expect(await read(response), name).toEqual(want);
      expect(done, name).toHaveBeenCalledTimes(1);
    }
    const form = limited(new Response(new URLSearchParams({ a: "1" }).toString(), { headers: { "content-type": "application/x-www-form-urlencoded" } }), 100);
    expect((await form.response.formData()).get("a")).toBe("1");
  });

  it("fails a counted body past the limit with the mapped OVER_LIMIT, whichever way it is read", async () => {
    for (const read of [(r: Response) => r.text(), (r: Response) => r.json(), (r: Response) => new Response(r.body).text()]) {
      const { response, done, mapError } = limited(chunked(95), 94);
      await expect(read(response)).rejects.toBe(mapped);
      expect(mapError).toHaveBeenCalledWith(OVER_LIMIT);
      expect(done).toHaveBeenCalledTimes(1);
    }
  });

  it("fails a plain body whose Content-Length is over the limit before reading it; reads one within natively", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => (pulled++, c.enqueue(new Uint8Array(10))) });
    const over = limited(new Response(body, { headers: { "content-length": "1000" } }), 999);
    await expect(over.response.arrayBuffer()).rejects.toBe(mapped);
    expect(pulled).toBeLessThanOrEqual(1); // the stream's own first pull at most, nothing read by the guard
    const within = limited(new Response("abc", { headers: { "content-length": "3" } }), 3);
    expect(await within.response.text()).toBe("abc");
    // A compressed body is counted whatever its Content-Length says.
    const gz = limited(new Response("1".repeat(50), { headers: { "content-length": "5", "content-encoding": "gzip" } }), 10);
    await expect(gz.response.text()).rejects.toBe(mapped);
  });
});

describe("the timeout covers a streamed body (parseAs: stream)", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("a stalled stream read ends in CamundaTimeoutError; a complete one is read whole", async () => {
    server = await startServer((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      if (req.url?.includes("topology")) res.write('{"clusterSize":');
      else res.end('{"ok":true}');
    });
    // 2 s: the headers of both replies must arrive in time on a loaded machine; only the stalled body outlasts it.
    const client = createCamundaClient({ baseUrl: server.address, timeoutMs: 2_000 });
    const stalled = await client.GET("/topology", { parseAs: "stream" });
    const reader = (stalled.data as unknown as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false);
    await expect(reader.read()).rejects.toBeInstanceOf(CamundaTimeoutError);

    const whole = await client.GET("/license", { parseAs: "stream" });
    const text = await new Response(whole.data as unknown as ReadableStream<Uint8Array>).text();
    expect(text).toBe('{"ok":true}');
  });
});

describe("the request body", () => {
  it("is read under the call's timeout: a stalled streamed body ends in CamundaTimeoutError, unsent", async () => {
    const sent: Request[] = [];
    const transport = createTransport({ timeoutMs: 200, fetch: async (r) => (sent.push(r), new Response("{}")) });
    const stalled = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode("{")) });
    const init = { method: "POST", body: stalled, duplex: "half" } as RequestInit;
    await expect(transport("http://127.0.0.1:9/v2/process-instances/search", init)).rejects.toBeInstanceOf(
      CamundaTimeoutError,
    );
    expect(sent).toHaveLength(0);
  });

  it("is sent whole by every attempt", async () => {
    const bodies: string[] = [];
    const transport = createTransport({
      retry: { baseDelayMs: 0 },
      fetch: async (r) => (bodies.push(await r.text()), new Response("{}", { status: bodies.length < 3 ? 503 : 200 })),
    });
    const response = await transport("http://127.0.0.1:9/v2/process-instances/search", { method: "POST", body: '{"a":1}' });
    expect(response.status).toBe(200);
    expect(bodies).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
  });
});
