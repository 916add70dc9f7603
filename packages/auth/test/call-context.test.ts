// oauthMiddleware in a client made by createCamundaClient: the token goes on the request openapi-fetch built (no copy
// per call), and a 401 replay sends the body the call read once, through the call's own fetch.
import { CALL_REQUEST_MIDDLEWARE, createCamundaClient, isCallRequest, type Middleware } from "@c8rest/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oauthMiddleware } from "../src/middleware.ts";
import { startApiServer, type ApiServer } from "./support/api-server.ts";

let api: ApiServer;
let tokens = 0;
const tokenFetch = async () =>
  new Response(JSON.stringify({ access_token: `ctx-token-${++tokens}-abcdef`, token_type: "Bearer", expires_in: 300 }), {
    headers: { "content-type": "application/json" },
  });

beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.stop());

describe("oauthMiddleware with createCamundaClient", () => {
  it("sets the token on openapi-fetch's own Request: later middleware sees the same object, its body unread", async () => {
    const seen: Request[] = [];
    const spy = (): Middleware => ({ onRequest: ({ request }) => void seen.push(request) });
    const client = createCamundaClient({
      baseUrl: api.url,
      middleware: [spy(), oauthMiddleware({ clientId: "id", clientSecret: "secret", tokenUrl: "https://login.example.com/token", fetch: tokenFetch }), spy()],
    });
    const { data } = await client.POST("/process-instances/search", { body: { filter: { state: "ACTIVE" } } });
    expect(data).toEqual({ ok: true, bodyLength: 29 });
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[1]!.headers.get("authorization")).toMatch(/^Bearer ctx-token-\d+-abcdef$/);
  });

  // Alone, oauthMiddleware gets a CallRequest (it is marked for one); beside an unmarked middleware, a fetch Request.
  it.each([
    ["a CallRequest", false],
    ["a fetch Request", true],
  ])("a 401 on %s: the replay sends the same body with the new token, and the call's request count stays 2", async (_kind, unmarked) => {
    let fetches = 0;
    const countingFetch = (r: Request) => (fetches++, globalThis.fetch(r));
    const kinds: boolean[] = [];
    const watch: Middleware = { onResponse: ({ request }) => void kinds.push(isCallRequest(request)) };
    if (!unmarked) Object.defineProperty(watch, CALL_REQUEST_MIDDLEWARE, { value: true });
    const client = createCamundaClient({
      baseUrl: api.url,
      fetch: countingFetch,
      middleware: [
        watch,
        oauthMiddleware({ clientId: "id", clientSecret: "secret", tokenUrl: "https://login.example.com/token", fetch: tokenFetch }),
      ],
    });
    await client.GET("/topology");
    api.revoked.add(api.seen.at(-1)!.authorization!.slice(7));
    const before = api.seen.length;
    fetches = 0;
    const { data, response } = await client.POST("/jobs/activation", { body: { type: "payment", maxJobsToActivate: 1, timeout: 1000 } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true, bodyLength: JSON.stringify({ type: "payment", maxJobsToActivate: 1, timeout: 1000 }).length });
    const sent = api.seen.slice(before);
    expect(sent.map((s) => s.body)).toEqual([sent[0]!.body, sent[0]!.body]);
    expect(sent[1]!.authorization).not.toBe(sent[0]!.authorization);
    expect(fetches).toBe(2);
    expect(kinds).toEqual(unmarked ? [false, false] : [true, true]);
  });
});
