// authFromEnv sends token requests through HTTPS_PROXY / HTTP_PROXY (with NO_PROXY), as the API calls of
// @c8rest/client/tls do: one TLS/proxy fetch for both.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startConnectProxy, type ConnectProxy } from "../../../config/test-support/connect-proxy.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authFromEnv } from "../src/from-env.ts";
import { looseClient } from "./support/loose-client.ts";
import { startApiServer, type ApiServer } from "./support/api-server.ts";

let api: ApiServer;
let tokens: Server;
let proxy: ConnectProxy;
let tokenUrl = "";
let proxyUrl = "";
let tokenRequests = 0;

const listen = async (server: Server) => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  api = await startApiServer((s) => ({ status: 200, body: { authorization: s.authorization ?? null } }));
  tokens = createServer((req, res) => {
    tokenRequests++;
    req.resume();
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ access_token: `proxied-token-${tokenRequests}`, token_type: "Bearer", expires_in: 300 }));
  });
  tokenUrl = `${await listen(tokens)}/oauth/token`;
  proxy = await startConnectProxy();
  proxyUrl = proxy.url;
});

afterAll(async () => {
  tokens.closeAllConnections();
  await Promise.all([api.stop(), new Promise((r) => tokens.close(r)), proxy.close()]);
});

async function tokenThrough(env: Record<string, string>): Promise<string | undefined> {
  const c = looseClient({ baseUrl: `${api.url}/v2` });
  c.use(authFromEnv({ ZEEBE_REST_ADDRESS: api.url, ZEEBE_CLIENT_ID: "proxy-client", ZEEBE_CLIENT_SECRET: "proxy-secret", ZEEBE_AUTHORIZATION_SERVER_URL: tokenUrl, ...env }));
  const { data } = await c.GET("/topology");
  return (data as { authorization?: string }).authorization;
}

describe("authFromEnv: token requests and proxy variables", () => {
  it.each(["HTTP_PROXY", "http_proxy"])("%s: the token request goes through the proxy (CONNECT)", async (name) => {
    proxy.tunnels.length = 0;
    expect(await tokenThrough({ [name]: proxyUrl })).toMatch(/^Bearer proxied-token-\d+$/);
    expect(proxy.tunnels).toEqual([new URL(tokenUrl).host]);
  });

  it("NO_PROXY naming the token host: the token request goes direct", async () => {
    proxy.tunnels.length = 0;
    expect(await tokenThrough({ HTTP_PROXY: proxyUrl, NO_PROXY: "localhost,127.0.0.1" })).toMatch(/^Bearer proxied-token-\d+$/);
    expect(proxy.tunnels).toEqual([]);
  });

  it("HTTPS_PROXY alone does not apply to an http token URL", async () => {
    proxy.tunnels.length = 0;
    expect(await tokenThrough({ HTTPS_PROXY: proxyUrl })).toMatch(/^Bearer proxied-token-\d+$/);
    expect(proxy.tunnels).toEqual([]);
  });
});
