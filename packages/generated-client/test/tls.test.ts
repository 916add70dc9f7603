// createTlsFetch against node:https servers with certificates made by openssl at test time, and a CONNECT proxy.
import { createServer as createHttpsServer } from "node:https";
import { startConnectProxy, type ConnectProxy } from "../../../config/test-support/connect-proxy.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CamundaConfigError, CamundaNetworkError, createCamundaClient } from "../src/index.js";
import { bypassesProxy, createTlsFetch, createTlsFetchFromEnv, tlsOptionsFromEnv } from "../src/tls/index.js";
import { makeCerts, type TestCerts } from "./support/certs.js";
import { json, startServer, type TestServer } from "./support/http-server.js";

let certs: TestCerts;
let https: TestServer;
let mtls: TestServer;
let plain: TestServer;
let proxy: ConnectProxy;
let proxyAddress = "";

beforeAll(async () => {
  certs = makeCerts();
  const answer = (_req: unknown, res: Parameters<typeof json>[0]) => json(res, 200, { clusterSize: 1 });
  https = await startServer(answer, createHttpsServer({ cert: certs.serverCert, key: certs.serverKey }));
  mtls = await startServer(
    answer,
    createHttpsServer({ cert: certs.serverCert, key: certs.serverKey, ca: certs.ca, requestCert: true, rejectUnauthorized: true }),
  );
  plain = await startServer(answer);
  proxy = await startConnectProxy();
  proxyAddress = proxy.url;
}, 60_000);

afterAll(async () => {
  await Promise.all([https.close(), mtls.close(), plain.close(), proxy.close()]);
  certs.cleanup();
});

describe("createTlsFetch", () => {
  it("trusts a custom CA; without it the call fails with a clear TLS error", async () => {
    const fetch = createTlsFetch({ ca: certs.ca });
    const { data } = await createCamundaClient({ baseUrl: https.address, fetch }).GET("/topology");
    expect(data).toEqual({ clusterSize: 1 });
    await fetch.close();

    const error = await createCamundaClient({ baseUrl: https.address }).GET("/topology").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CamundaNetworkError);
    expect((error as CamundaNetworkError).errorCode).toMatch(/CERT|SELF_SIGNED|UNABLE_TO/);
    expect((error as Error).message).toMatch(/not trusted: set CAMUNDA_CUSTOM_ROOT_CERT_PATH/);
    expect((error as CamundaNetworkError).attempts).toBe(1); // a TLS failure is not retried
  });

  it("presents a client certificate to an mTLS server; without it the error says to set one", async () => {
    const fetch = createTlsFetch({ ca: certs.ca, cert: certs.clientCert, key: certs.clientKey });
    const { data } = await createCamundaClient({ baseUrl: mtls.address, fetch }).GET("/topology");
    expect(data).toEqual({ clusterSize: 1 });
    await fetch.close();

    const noCert = createTlsFetch({ ca: certs.ca });
    const error = await createCamundaClient({ baseUrl: mtls.address, fetch: noCert, retry: { baseDelayMs: 1 } })
      .GET("/topology")
      .catch((e: unknown) => e);
    await noCert.close();
    expect(error).toBeInstanceOf(CamundaNetworkError);
    expect((error as Error).message).toMatch(/CAMUNDA_MTLS_CERT_PATH/);
  });

  it("sends the calls through a proxy (CONNECT), except the hosts in noProxy", async () => {
    proxy.tunnels.length = 0;
    const fetch = createTlsFetch({ ca: certs.ca, proxy: proxyAddress });
    expect((await createCamundaClient({ baseUrl: https.address, fetch }).GET("/topology")).data).toEqual({ clusterSize: 1 });
    expect((await createCamundaClient({ baseUrl: plain.address, fetch }).GET("/topology")).data).toEqual({ clusterSize: 1 });
    expect(proxy.tunnels).toEqual([new URL(https.address).host, new URL(plain.address).host]);
    await fetch.close();

    proxy.tunnels.length = 0;
    const direct = createTlsFetch({ proxy: proxyAddress, noProxy: "localhost,127.0.0.1" });
    expect((await createCamundaClient({ baseUrl: plain.address, fetch: direct }).GET("/topology")).data).toEqual({ clusterSize: 1 });
    expect(proxy.tunnels).toEqual([]);
    await direct.close();
  });

  it("reads CAMUNDA_CUSTOM_ROOT_CERT_PATH, CAMUNDA_MTLS_CERT_PATH, CAMUNDA_MTLS_KEY_PATH and HTTPS_PROXY", async () => {
    proxy.tunnels.length = 0;
    const fetch = createTlsFetchFromEnv({
      CAMUNDA_CUSTOM_ROOT_CERT_PATH: certs.caPath,
      CAMUNDA_MTLS_CERT_PATH: certs.clientCertPath,
      CAMUNDA_MTLS_KEY_PATH: certs.clientKeyPath,
      HTTPS_PROXY: proxyAddress,
    });
    expect((await createCamundaClient({ baseUrl: mtls.address, fetch }).GET("/topology")).data).toEqual({ clusterSize: 1 });
    expect(proxy.tunnels).toEqual([new URL(mtls.address).host]);
    await fetch.close();
  });

  it("names the variable and the path of a file it cannot read, and never echoes a proxy URL", () => {
    expect(() => tlsOptionsFromEnv({ CAMUNDA_MTLS_KEY_PATH: "/nonexistent/key.pem" })).toThrow(
      /CAMUNDA_MTLS_KEY_PATH points to "\/nonexistent\/key.pem", which cannot be read \(ENOENT\)/,
    );
    expect(() => createTlsFetch({ cert: certs.clientCert })).toThrow(CamundaConfigError);
    let message = "";
    try {
      createTlsFetch({ proxy: "http//user:pa55word@proxy" });
    } catch (e) {
      message = String(e);
    }
    expect(message).toMatch(/proxy "http\/\/\*\*\*@proxy" has no http:\/\/ or https:\/\/ scheme: did you mean/);
    expect(message).not.toContain("pa55word");
  });

  it("matches NO_PROXY entries by host, domain suffix and port", () => {
    const u = (s: string) => new URL(s);
    expect(bypassesProxy(u("https://a.internal/v2"), ".internal")).toBe(true);
    expect(bypassesProxy(u("https://internal/v2"), "*.internal")).toBe(true);
    expect(bypassesProxy(u("https://xinternal/v2"), "internal")).toBe(false);
    expect(bypassesProxy(u("http://127.0.0.1:8080"), "127.0.0.1:9090")).toBe(false);
    expect(bypassesProxy(u("http://127.0.0.1:8080"), "127.0.0.1:8080")).toBe(true);
    expect(bypassesProxy(u("https://any"), "*")).toBe(true);
    expect(bypassesProxy(u("https://any"), undefined)).toBe(false);
  });
});
