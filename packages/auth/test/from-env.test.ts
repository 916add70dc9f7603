import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { looseClient } from "./support/loose-client.ts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { authFromEnv } from "../src/from-env.ts";
import { AuthConfigError } from "../src/errors.ts";
import { AWKWARD_SECRET, TEST_AUDIENCE } from "./support/oauth-clients.ts";
import { countingFetch, startApiServer, type ApiServer } from "./support/api-server.ts";
import { hasOpenssl, makeTestCerts, type TestCerts } from "./support/tls-certs.ts";
import { recordError } from "./support/output-scan.ts";
import { makeTempDir } from "../../../config/temp-dir.mjs";

const oauth = inject("oauth");
let api: ApiServer;

beforeAll(async () => {
  api = await startApiServer((s) => ({ status: 200, body: { authorization: s.authorization?.split(" ")[0] ?? null } }));
});
afterAll(() => api.stop());

async function call(env: Record<string, string>, options?: Parameters<typeof authFromEnv>[1]) {
  const c = looseClient({ baseUrl: `${api.url}/v2` });
  c.use(authFromEnv({ ZEEBE_REST_ADDRESS: api.url, ...env }, options));
  await c.GET("/topology");
  return api.seen.at(-1)!.authorization;
}

describe("authFromEnv", () => {
  it("OAuth from ZEEBE_* variables, token requests through the given fetch", async () => {
    const counter = countingFetch(oauth.issuer);
    const auth = await call(
      { ZEEBE_CLIENT_ID: "post-client", ZEEBE_CLIENT_SECRET: AWKWARD_SECRET, ZEEBE_AUTHORIZATION_SERVER_URL: oauth.tokenUrl, ZEEBE_TOKEN_AUDIENCE: TEST_AUDIENCE },
      { fetch: counter.fetch },
    );
    expect(auth).toMatch(/^Bearer ey/);
    expect(counter.count()).toBe(1);
  });

  it("CAMUNDA_OAUTH_CACHE_DIR: the token is shared through a file (0600 in a 0700 directory)", async () => {
    const dir = join(makeTempDir("c8rest-auth-env-"), "cache");
    const counter = countingFetch(oauth.issuer);
    const env = { ZEEBE_CLIENT_ID: "post-client", ZEEBE_CLIENT_SECRET: AWKWARD_SECRET, ZEEBE_AUTHORIZATION_SERVER_URL: oauth.tokenUrl, ZEEBE_TOKEN_AUDIENCE: TEST_AUDIENCE, CAMUNDA_OAUTH_CACHE_DIR: dir };
    const first = await call(env, { fetch: counter.fetch });
    const second = await call(env, { fetch: counter.fetch }); // a second middleware, as a second process would have
    expect(second).toBe(first);
    expect(counter.count()).toBe(1);
    const files = readdirSync(dir);
    expect(files.length).toBe(1);
    expect(statSync(join(dir, files[0]!)).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    rmSync(dirname(dir), { recursive: true, force: true });
  });

  it("basic", async () => {
    const auth = await call({ CAMUNDA_AUTH_STRATEGY: "BASIC", CAMUNDA_BASIC_AUTH_USERNAME: "demo", CAMUNDA_BASIC_AUTH_PASSWORD: "demo-password-42" });
    expect(auth).toBe(`Basic ${Buffer.from("demo:demo-password-42").toString("base64")}`);
  });

  it("bearer", async () => {
    expect(await call({ CAMUNDA_OAUTH_TOKEN: "static-token-abc" })).toBe("Bearer static-token-abc");
  });

  it("none (CAMUNDA_AUTH_STRATEGY=NONE): nothing attached", async () => {
    expect(await call({ CAMUNDA_AUTH_STRATEGY: "NONE" })).toBeUndefined();
  });

  it("no variable at all: an AuthConfigError naming CAMUNDA_AUTH_STRATEGY, not a silent no-auth", () => {
    expect(() => authFromEnv({})).toThrow(AuthConfigError);
    expect(() => authFromEnv({})).toThrow(/No credentials are set: .*CAMUNDA_AUTH_STRATEGY=NONE/);
  });

  it("credentials go only to ZEEBE_REST_ADDRESS's origin: a client pointed elsewhere fails, nothing is sent", async () => {
    const other = await startApiServer(() => ({ status: 200, body: {} }));
    const c = looseClient({ baseUrl: `${other.url}/v2` });
    c.use(authFromEnv({ ZEEBE_REST_ADDRESS: api.url, CAMUNDA_OAUTH_TOKEN: "static-token-abc" }));
    const err = await c.GET("/topology").then(() => undefined, (e: unknown) => e);
    recordError(err);
    expect(err).toBeInstanceOf(AuthConfigError);
    expect(other.seen.length).toBe(0);
    await other.stop();
  });

  it("an inconsistent environment throws at creation", () => {
    let err: unknown;
    try {
      authFromEnv({ ZEEBE_CLIENT_ID: "only-the-id" });
    } catch (e) {
      err = e;
      recordError(e);
    }
    expect(err).toBeInstanceOf(AuthConfigError);
  });
});

// Skipped only where the openssl CLI is missing: the certificates are issued with it at test time.
describe.skipIf(!hasOpenssl())("authFromEnv with TLS variables (custom CA, mTLS) for token requests", () => {
  let certs: TestCerts;
  let tls: Server;
  let tokenUrl = "";
  const clientNames: string[] = [];

  beforeAll(async () => {
    certs = makeTestCerts();
    tls = createServer(
      { key: readFileSync(certs.serverKey), cert: readFileSync(certs.serverCert), ca: readFileSync(certs.ca), requestCert: true, rejectUnauthorized: true },
      (req, res) => {
        clientNames.push(String((req.socket as TLSSocket).getPeerCertificate().subject?.CN));
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ access_token: "mtls-token-abcdef", token_type: "Bearer", expires_in: 300 }));
      },
    );
    await new Promise<void>((r) => tls.listen(0, "127.0.0.1", r));
    tokenUrl = `https://127.0.0.1:${(tls.address() as AddressInfo).port}/oauth/token`;
  });
  afterAll(async () => {
    tls.closeAllConnections();
    await new Promise((r) => tls.close(r));
    rmSync(certs.dir, { recursive: true, force: true });
  });

  const env = () => ({
    ZEEBE_CLIENT_ID: "tls-client",
    ZEEBE_CLIENT_SECRET: "tls-secret",
    ZEEBE_AUTHORIZATION_SERVER_URL: tokenUrl,
    CAMUNDA_CUSTOM_ROOT_CERT_PATH: certs.ca,
    CAMUNDA_MTLS_CERT_PATH: certs.clientCert,
    CAMUNDA_MTLS_KEY_PATH: certs.clientKey,
  });

  it("builds an undici Agent from the files: the CA is trusted and the client certificate presented", async () => {
    expect(await call(env())).toBe("Bearer mtls-token-abcdef");
    expect(clientNames).toEqual(["c8rest-test-client"]);
  });

  it("without the TLS variables the token request fails on the unknown CA", async () => {
    const { CAMUNDA_CUSTOM_ROOT_CERT_PATH: _a, CAMUNDA_MTLS_CERT_PATH: _b, CAMUNDA_MTLS_KEY_PATH: _c, ...plain } = env();
    const c = looseClient({ baseUrl: `${api.url}/v2` });
    c.use(authFromEnv({ ...plain, ZEEBE_REST_ADDRESS: api.url }, { clock: { now: Date.now, sleep: async () => {} } }));
    const err = await c.GET("/topology").then(() => undefined, (e: unknown) => e);
    recordError(err);
    expect(err).toMatchObject({ code: "C8REST_AUTH_TOKEN_REQUEST", failure: "network" });
  });

  it("a TLS file that cannot be read fails with an AuthConfigError naming the variable", async () => {
    const c = looseClient({ baseUrl: `${api.url}/v2` });
    c.use(authFromEnv({ ...env(), CAMUNDA_CUSTOM_ROOT_CERT_PATH: `${certs.dir}/missing.pem`, ZEEBE_REST_ADDRESS: api.url }));
    const err = await c.GET("/topology").then(() => undefined, (e: unknown) => e);
    recordError(err);
    expect(err).toBeInstanceOf(AuthConfigError);
    expect((err as AuthConfigError).setting).toBe("CAMUNDA_CUSTOM_ROOT_CERT_PATH");
  });
});
