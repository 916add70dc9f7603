import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { looseClient } from "./support/loose-client.ts";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { AUTH_REPLAY } from "@c8rest/client";
import { oauthMiddleware } from "../src/middleware.ts";
import { createOAuthTokenProvider } from "../src/provider.ts";
import { AuthConfigError, TokenRequestError } from "../src/errors.ts";
import { AWKWARD_SECRET, TEST_AUDIENCE } from "./support/oauth-clients.ts";
import { countingFetch, startApiServer, type ApiServer } from "./support/api-server.ts";
import { recordError, rememberToken } from "./support/output-scan.ts";

const oauth = inject("oauth");
const postClient = { clientId: "post-client", clientSecret: AWKWARD_SECRET, audience: TEST_AUDIENCE };

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.stop());

function client(mw: ReturnType<typeof oauthMiddleware>, baseUrl = `${api.url}/v2`, fetch?: (r: Request) => Promise<Response>) {
  const c = looseClient({ baseUrl, ...(fetch ? { fetch } : {}) });
  c.use(mw);
  return c;
}

const jwtPayload = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;

describe("oauthMiddleware against a real OAuth server", () => {
  it.each([
    ["client_secret_post", "post-client"],
    ["client_secret_basic", "basic-client"],
  ] as const)("attaches a bearer token obtained with %s (secret with : + %% & = space)", async (method, clientId) => {
    const counter = countingFetch(oauth.issuer);
    const c = client(oauthMiddleware({ ...postClient, clientId, clientAuthMethod: method, tokenUrl: oauth.tokenUrl, fetch: counter.fetch }));
    const { response } = await c.GET("/topology");
    expect(response.status).toBe(200);
    const auth = api.seen.at(-1)!.authorization!;
    expect(auth).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(jwtPayload(auth.slice(7))).toMatchObject({ aud: TEST_AUDIENCE, client_id: clientId });
    await c.GET("/topology");
    expect(counter.count()).toBe(1);
  });

  it("works with a Keycloak-style token URL (Self-Managed)", async () => {
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.keycloakTokenUrl }));
    expect((await c.GET("/topology")).response.status).toBe(200);
  });

  it("a client id with : and + works with client_secret_basic; a 1 s token is replaced after it expires", async () => {
    const counter = countingFetch(oauth.issuer);
    const provider = createOAuthTokenProvider({ clientId: "short:client+1", clientSecret: "short-secret-1", clientAuthMethod: "client_secret_basic", audience: TEST_AUDIENCE, tokenUrl: oauth.tokenUrl, fetch: counter.fetch });
    const first = await provider.getToken();
    rememberToken(first.token);
    expect(first.expiresAt - Date.now()).toBeLessThanOrEqual(1000);
    await new Promise((r) => setTimeout(r, 1100));
    const second = await provider.getToken();
    rememberToken(second.token);
    expect(second.token).not.toBe(first.token);
    expect(counter.count()).toBe(2);
  });

  it("a 2 s token: inside the early-refresh window the old token serves at once while one refresh runs", async () => {
    const counter = countingFetch(oauth.issuer);
    const provider = createOAuthTokenProvider({ clientId: "two-second-client", clientSecret: "two-second-secret", audience: TEST_AUDIENCE, tokenUrl: oauth.tokenUrl, fetch: counter.fetch });
    const first = await provider.getToken();
    const received = Date.now();
    rememberToken(first.token);
    // The window opens half-way through the lifetime (the 30 s margin is capped at half of it): wait until 3/4.
    await new Promise((r) => setTimeout(r, Math.max(0, (first.expiresAt - received) * 0.75)));
    const during = await provider.getToken();
    expect(during.token).toBe(first.token);
    let next = during;
    await vi.waitFor(async () => {
      next = await provider.getToken();
      expect(next.token).not.toBe(first.token);
    }, { timeout: 2000, interval: 20 });
    rememberToken(next.token);
    expect(counter.count()).toBe(2);
  });

  it("1000 concurrent first calls -> exactly 1 token request", async () => {
    const counter = countingFetch(oauth.issuer);
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl, fetch: counter.fetch }));
    const before = api.seen.length;
    const results = await Promise.all(Array.from({ length: 1000 }, () => c.GET("/topology")));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(counter.count()).toBe(1);
    expect(new Set(api.seen.slice(before).map((s) => s.authorization)).size).toBe(1);
  });
});

describe("oauthMiddleware: 401 and 403", () => {
  it("a 401 with the current token: one new token, the request (with its body) replayed once", async () => {
    const counter = countingFetch(oauth.issuer);
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl, fetch: counter.fetch }));
    await c.GET("/topology");
    const old = api.seen.at(-1)!.authorization!.slice(7);
    api.revoked.add(old);
    const before = api.seen.length;
    const { data, response } = await c.POST("/process-instances/search", { body: { filter: { state: "ACTIVE" } } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true, bodyLength: 29 });
    const sent = api.seen.slice(before);
    expect(sent.map((s) => s.body)).toEqual(['{"filter":{"state":"ACTIVE"}}', '{"filter":{"state":"ACTIVE"}}']);
    expect(sent[1]!.authorization).not.toBe(`Bearer ${old}`);
    expect(counter.count()).toBe(2);
  });

  it("a second 401 goes back to the caller (no loop)", async () => {
    const always401 = await startApiServer(() => ({ status: 401, body: { title: "Unauthorized" } }));
    const counter = countingFetch(oauth.issuer);
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl, fetch: counter.fetch }), `${always401.url}/v2`);
    const { error, response } = await c.DELETE("/resources/1");
    expect(response.status).toBe(401);
    expect(error).toEqual({ title: "Unauthorized" });
    expect(always401.seen.length).toBe(2);
    expect(counter.count()).toBe(2);
    await always401.stop();
  });

  it("403 never refreshes", async () => {
    const forbidden = await startApiServer(() => ({ status: 403, body: { title: "Forbidden" } }));
    const counter = countingFetch(oauth.issuer);
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl, fetch: counter.fetch }), `${forbidden.url}/v2`);
    expect((await c.GET("/topology")).response.status).toBe(403);
    expect(forbidden.seen.length).toBe(1);
    expect(counter.count()).toBe(1);
    await forbidden.stop();
  });

  it("a 401 storm of 200 calls -> exactly 1 new token request, each call replayed at most once", async () => {
    let revoked: string | undefined;
    const storm = await startApiServer((s) => (s.authorization === revoked ? { status: 401, body: {} } : { status: 200, body: { ok: true } }));
    const counter = countingFetch(oauth.issuer);
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl, fetch: counter.fetch }), `${storm.url}/v2`);
    await c.GET("/warm-up");
    expect(counter.count()).toBe(1);
    revoked = storm.seen[0]!.authorization; // the server now rejects the cached token: every call gets a 401
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => c.POST("/jobs/activation", { body: { n: i } })));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(counter.count()).toBe(2); // exactly 1 new token request
    const calls = storm.seen.filter((s) => s.url === "/v2/jobs/activation");
    expect(calls.length).toBe(400); // each of the 200 calls: the 401 and exactly one replay
    const perBody = new Map<string, number>();
    for (const s of calls) perBody.set(s.body, (perBody.get(s.body) ?? 0) + 1);
    expect([...perBody.values()].every((n) => n === 2)).toBe(true);
    await storm.stop();
  });

  it("the replay goes through the client's own fetch and is marked as a replay", async () => {
    let firstToken: string | undefined;
    const once = await startApiServer((s) => {
      firstToken ??= s.authorization;
      return s.authorization === firstToken ? { status: 401, body: {} } : { status: 200, body: { ok: true } };
    });
    const through: Request[] = [];
    const transport = (r: Request) => (through.push(r), globalThis.fetch(r));
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl }), `${once.url}/v2`, transport);
    expect((await c.GET("/topology")).response.status).toBe(200);
    expect(through.length).toBe(2);
    // The token requests went through plain fetch, never through the client's fetch or middleware (no re-entrancy).
    expect(through.every((r) => r.url.startsWith(once.url))).toBe(true);
    expect((through[0] as unknown as Record<symbol, unknown>)[AUTH_REPLAY]).toBeUndefined();
    expect((through[1] as unknown as Record<symbol, unknown>)[AUTH_REPLAY]).toBe(true);
    await once.stop();
  });
});

describe("oauthMiddleware: never without a token, only to the API's origin", () => {
  it("the token endpoint down: the call throws a typed error and nothing reaches the API", async () => {
    const closed = await startApiServer();
    const deadUrl = `${closed.url}/token`;
    await closed.stop();
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: deadUrl, retryBaseDelayMs: 1 }));
    const before = api.seen.length;
    let err: unknown;
    try {
      await c.GET("/topology");
    } catch (e) {
      err = e;
      recordError(e);
    }
    expect(err).toBeInstanceOf(TokenRequestError);
    expect((err as TokenRequestError).failure).toBe("network");
    expect(api.seen.length).toBe(before);
  });

  it("a request to another origin is neither sent nor given the token: an error names both origins", async () => {
    const other = await startApiServer(() => ({ status: 200, body: {} }));
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl, baseUrl: api.url }));
    const err = await c.GET("/topology?x=1", { baseUrl: `${other.url}/v2` }).then(() => undefined, (e: unknown) => e);
    recordError(err);
    expect(err).toBeInstanceOf(AuthConfigError);
    expect((err as Error).message).toContain(other.url);
    expect((err as Error).message).toContain(api.url);
    expect((err as Error).message).not.toContain("x=1");
    expect(other.seen.length).toBe(0);
    await c.GET("/topology");
    expect(api.seen.at(-1)!.authorization).toMatch(/^Bearer /);
    await other.stop();
  });

  it("an origin that only shares a prefix is another origin", async () => {
    let sent = 0;
    const c = looseClient({ baseUrl: "http://127.0.0.1:1/v2", fetch: async () => (sent++, new Response("{}")) });
    c.use(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl, baseUrl: "http://127.0.0.1:1" }));
    await expect(c.GET("/topology", { baseUrl: "http://127.0.0.1:12/v2" })).rejects.toBeInstanceOf(AuthConfigError);
    expect(sent).toBe(0);
  });

  it("plain http to a non-loopback API is refused before anything is sent", async () => {
    expect(() => oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl, baseUrl: "http://cluster.example.com" })).toThrow(AuthConfigError);
    let sent = 0;
    const c = looseClient({ baseUrl: "http://cluster.example.com/v2", fetch: async () => (sent++, new Response("{}")) });
    c.use(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl }));
    await expect(c.GET("/topology")).rejects.toBeInstanceOf(AuthConfigError);
    expect(sent).toBe(0);
    const insecure = looseClient({ baseUrl: "http://cluster.example.com/v2", fetch: async (r) => new Response(JSON.stringify(Boolean(r.headers.get("authorization")))) });
    insecure.use(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl, allowInsecureHttp: true }));
    expect((await insecure.GET("/topology")).data).toBe(true);
  });
});

describe("oauthMiddleware: replayBodies: false", () => {
  it("a 401 on a request with a body goes to the caller, the token is dropped, the next call gets a new one", async () => {
    let revoked: string | undefined;
    const server = await startApiServer((s) => (s.authorization === revoked ? { status: 401, body: {} } : { status: 200, body: { ok: true } }));
    const counter = countingFetch(oauth.issuer);
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl, fetch: counter.fetch, replayBodies: false }), `${server.url}/v2`);
    await c.GET("/topology");
    revoked = server.seen[0]!.authorization;
    expect((await c.POST("/jobs/activation", { body: { n: 1 } })).response.status).toBe(401);
    expect(server.seen.length).toBe(2);
    expect((await c.POST("/jobs/activation", { body: { n: 2 } })).response.status).toBe(200);
    expect(counter.count()).toBe(2);
    // A bodyless request is still replayed.
    revoked = server.seen.at(-1)!.authorization;
    expect((await c.GET("/topology")).response.status).toBe(200);
    await server.stop();
  });
});

describe("oauthMiddleware: bodies and signals", () => {
  it("a multipart body (FormData) is replayed byte for byte with its boundary", async () => {
    let revoked: string | undefined;
    const server = await startApiServer((s) => (s.authorization === revoked ? { status: 401, body: {} } : { status: 200, body: { ok: true } }));
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl }), `${server.url}/v2`);
    await c.GET("/topology");
    revoked = server.seen[0]!.authorization;
    const form = new FormData();
    form.append("resources", new Blob([new Uint8Array([0, 255, 1, 254])], { type: "application/octet-stream" }), "process.bpmn");
    const { response } = await c.POST("/deployments", { body: form, bodySerializer: (b: unknown) => b });
    expect(response.status).toBe(200);
    const [first, replay] = server.seen.slice(1);
    expect(replay!.body).toBe(first!.body);
    expect(first!.body).toContain('filename="process.bpmn"');
    await server.stop();
  });

  it("the caller's AbortSignal still aborts a request whose body was kept", async () => {
    const hanging = createServer(() => {}); // never answers
    await new Promise<void>((r) => hanging.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
    const c = client(oauthMiddleware({ ...postClient, tokenUrl: oauth.tokenUrl }), `${url}/v2`);
    const controller = new AbortController();
    const pending = c.POST("/jobs/activation", { body: { n: 1 }, signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    hanging.closeAllConnections();
    await new Promise((r) => hanging.close(r));
  });
});
