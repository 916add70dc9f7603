import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { CamundaProblemError, createCamundaClient, unwrap, type Middleware } from "../src/index.js";
import { excerpt, operationIdOf } from "../src/problem-error.js";
import { json, startServer, type TestServer } from "./support/http-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const bearer: Middleware = {
  onRequest: ({ request }) => {
    request.headers.set("authorization", "Bearer s3cr3t-token-value");
    return request;
  },
};

describe("unwrap", () => {
  it("returns the data of a success", async () => {
    server = await startServer((_req, res) => json(res, 200, { clusterSize: 3 }));
    const client = createCamundaClient({ baseUrl: server.address });
    expect(unwrap(await client.GET("/topology")).clusterSize).toBe(3);
  });

  it("throws a CamundaProblemError with the RFC 9457 fields, the operation and the attempts", async () => {
    const problem = { type: "about:blank", title: "NOT_FOUND", status: 404, detail: "Process instance 1 not found", instance: "/v2/process-instances/1" };
    server = await startServer((_req, res) => json(res, 404, problem));
    const client = createCamundaClient({ baseUrl: server.address, middleware: [bearer] });
    const error = await client
      .GET("/process-instances/{processInstanceKey}", { params: { path: { processInstanceKey: "1" } } })
      .then(unwrap)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CamundaProblemError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "CamundaProblemError",
      code: "C8REST_HTTP_PROBLEM",
      ...problem,
      operationId: "getProcessInstance",
      method: "GET",
      path: "/process-instances/1",
      attempts: 1,
      bodyExcerpt: undefined,
    });
    expect((error as Error).message).toBe("getProcessInstance failed with HTTP 404: NOT_FOUND: Process instance 1 not found");
    const shown = inspect(error) + JSON.stringify(error);
    expect(shown).not.toContain("s3cr3t");
    expect(shown).not.toMatch(/authorization/i);
  });

  it("keeps a non-JSON body as a short sanitised excerpt, and counts the retries made", async () => {
    const html = `<html><body><h1>502 Bad Gateway</h1><p>upstream said Bearer abc.def.ghi and token=xyz123</p>${"x".repeat(500)}</body></html>`;
    server = await startServer((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end(html);
    });
    const client = createCamundaClient({ baseUrl: server.address, retry: { baseDelayMs: 1 } });
    const error = (await client.GET("/topology").then(unwrap).catch((e: unknown) => e)) as CamundaProblemError;
    expect(error.status).toBe(502);
    expect(error.attempts).toBe(3);
    expect(error.operationId).toBe("getTopology");
    expect(error.title).toBeUndefined();
    expect(error.bodyExcerpt).toMatch(/^502 Bad Gateway upstream said Bearer \*\*\* and token=\*\*\* x+\.\.\.$/);
    expect(error.bodyExcerpt!.length).toBe(200);
    expect(error.message).not.toContain("abc.def");
  });

  it("status is the HTTP status even when the problem body says otherwise (RFC 9457 §3.1.2)", async () => {
    server = await startServer((_req, res) => json(res, 401, { title: "Bad Request", status: 400 }));
    const client = createCamundaClient({ baseUrl: server.address });
    const error = (await client.GET("/topology").then(unwrap).catch((e: unknown) => e)) as CamundaProblemError;
    expect(error.status).toBe(401);
    expect(error.message).toBe("getTopology failed with HTTP 401: Bad Request");
  });

  it("resolves operationIds, preferring literal segments over parameters", () => {
    expect(operationIdOf("POST", "/process-instances/search")).toBe("searchProcessInstances");
    expect(operationIdOf("GET", "/process-instances/2251799813685249")).toBe("getProcessInstance");
    expect(operationIdOf("GET", "/nope")).toBeUndefined();
    expect(excerpt("password: hunter2 ok")).toBe("password: *** ok");
  });
});
