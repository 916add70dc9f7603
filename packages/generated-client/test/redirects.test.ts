// Redirects of API calls are never followed: every redirect status, on a GET, a query POST and a command POST,
// ends in a CamundaRedirectError naming the status and the Location's origin, and nothing reaches the target.
import { afterEach, describe, expect, it } from "vitest";
import { CamundaRedirectError, createCamundaClient, withCallOptions, type CamundaClient } from "../src/index.js";
import { json, startServer, type TestServer } from "./support/http-server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function server(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

const CALLS: [string, (client: CamundaClient) => Promise<unknown>][] = [
  ["GET /topology", (c) => c.GET("/topology")],
  ["query POST /process-instances/search", (c) => c.POST("/process-instances/search", { body: { filter: { state: "ACTIVE" } } })],
  ["command POST /process-instances", (c) => c.POST("/process-instances", { body: { processDefinitionId: "order" } })],
];

describe("redirects", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    for (const [name, call] of CALLS) {
      it(`${status} on ${name}: a CamundaRedirectError with the status and the Location's origin, one request, none to the target`, async () => {
        const target = await server((_req, res) => json(res, 200, { clusterSize: 1, processInstanceKey: "1" }));
        const api = await server((_req, res) => {
          res.writeHead(status, { location: `${target.address}/v2/elsewhere?access_token=do-not-show#frag` });
          res.end("moved");
        });
        const client = createCamundaClient({ baseUrl: api.address, headers: { authorization: "Bearer do-not-send" } });
        const error = await call(client).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(CamundaRedirectError);
        expect(error).toMatchObject({ code: "C8REST_REDIRECT", status, location: target.address, attempts: 1 });
        const message = (error as Error).message;
        expect(message).toContain(`HTTP ${status}`);
        expect(message).toContain(target.address);
        expect(message).not.toMatch(/elsewhere|access_token|do-not-show|frag|do-not-send/);
        expect(api.seen).toHaveLength(1);
        expect(target.seen).toHaveLength(0);
      });
    }
  }

  it("a same-origin relative Location names the API's own origin; the call is not retried", async () => {
    const api = await server((_req, res) => {
      res.writeHead(307, { location: "/v2/other?token=x" });
      res.end();
    });
    const client = withCallOptions(createCamundaClient({ baseUrl: api.address }), { retry: { maxAttempts: 5 } });
    const error = await client.POST("/process-instances/search", { body: {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "CamundaRedirectError", status: 307, location: api.address });
    expect(api.seen).toHaveLength(1);
  });

  it("a redirect without a Location, or with an unparsable one, says so", async () => {
    let n = 0;
    const api = await server((_req, res) => {
      res.writeHead(302, ++n === 1 ? {} : { location: "http://[bad" });
      res.end();
    });
    const client = createCamundaClient({ baseUrl: api.address });
    await expect(client.GET("/topology")).rejects.toMatchObject({ status: 302, location: "no Location" });
    await expect(client.GET("/topology")).rejects.toMatchObject({ status: 302, location: "an invalid Location" });
  });

  it("an injected fetch is asked not to follow redirects, and other 3xx statuses are answers", async () => {
    const modes: string[] = [];
    const client = createCamundaClient({
      baseUrl: "http://cluster.test",
      fetch: async (request) => {
        modes.push(request.redirect);
        return new Response(null, { status: 304 });
      },
    });
    const { response } = await client.GET("/topology");
    expect(response.status).toBe(304);
    expect(modes).toEqual(["manual"]);
  });
});
