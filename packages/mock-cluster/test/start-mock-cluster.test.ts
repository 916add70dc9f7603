// startMockCluster: its own cluster with custom settings (short tokens, another client), the token checks, the
// violations it records, and the failure paths (a clear error, no process and no temp folder left behind).
import { readdir } from "node:fs/promises";
import { createServer } from "node:net";
import { makeTempDir, removeTempDir } from "../../../config/temp-dir.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockCluster, type MockCluster } from "../src/start-mock-cluster.js";
import { startOAuthServer } from "../src/oauth-server.js";
import { fetchToken } from "./contract/send.js";
import { descendantsOf, waitUntilGone } from "./support/process-tree.js";

let cluster: MockCluster;
let tempDir: string;

/** Runs `start` with the OS temp folder pointed at `dir` (os.tmpdir() reads TMPDIR on every call). */
async function withTempDir<T>(dir: string, start: () => Promise<T>): Promise<T> {
  const saved = process.env["TMPDIR"];
  process.env["TMPDIR"] = dir;
  try {
    return await start();
  } finally {
    if (saved === undefined) delete process.env["TMPDIR"];
    else process.env["TMPDIR"] = saved;
  }
}

/** A port that was free a moment ago (for the fixed-port option). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function topology(token: string | undefined): Promise<Response> {
  return fetch(`${cluster.address}/v2/topology`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
}

beforeAll(async () => {
  tempDir = makeTempDir("c8rest-test-mock-");
  const port = await freePort();
  // Tokens live 3 s: short enough to see one expire, long enough for the other tests' calls on a loaded machine.
  const options = { port, tokenLifetimeSeconds: 3, clientId: "ci-app", clientSecret: "ci-app-secret", audience: "orchestration" };
  cluster = await withTempDir(tempDir, () => startMockCluster(options));
  expect(cluster.address).toBe(`http://127.0.0.1:${port}`);
});

afterAll(async () => {
  await cluster?.stop();
  removeTempDir(tempDir);
});

describe("a mock cluster with its own settings", () => {
  it("hands out its settings under the ZEEBE_* and CAMUNDA_* names", () => {
    expect(cluster.env).toEqual({
      ZEEBE_REST_ADDRESS: cluster.address,
      ZEEBE_CLIENT_ID: "ci-app",
      ZEEBE_CLIENT_SECRET: "ci-app-secret",
      ZEEBE_AUTHORIZATION_SERVER_URL: cluster.tokenUrl,
      ZEEBE_TOKEN_AUDIENCE: "orchestration",
      CAMUNDA_REST_ADDRESS: cluster.address,
      CAMUNDA_CLIENT_ID: "ci-app",
      CAMUNDA_CLIENT_SECRET: "ci-app-secret",
      CAMUNDA_OAUTH_URL: cluster.tokenUrl,
      CAMUNDA_TOKEN_AUDIENCE: "orchestration",
      CAMUNDA_AUTH_STRATEGY: "OAUTH",
    });
  });

  it("wrote no file: Prism read the derived spec over loopback HTTP", async () => {
    expect(await readdir(tempDir)).toEqual([]);
  });

  it("accepts a token of its OAuth server, refuses it once expired (401, WWW-Authenticate: Bearer)", async () => {
    const token = await fetchToken(cluster);
    expect((await topology(token)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 4_100)); // the token lives 3 s; later is only more expired
    const expired = await topology(token);
    expect(expired.status).toBe(401);
    expect(expired.headers.get("www-authenticate")).toMatch(/^Bearer realm="c8rest-mock", error="invalid_token"/);
    expect(((await expired.json()) as { detail: string }).detail).toMatch(/expired/);
  });

  it.each([
    ["no Authorization header", undefined, /^No access token/],
    ["a bearer value that is no token", "garbage", /not issued by this cluster's OAuth server/],
  ])("answers %s with a 401 problem document", async (_what, token, detail) => {
    const response = await topology(token);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 401, title: "Unauthorized", instance: "/v2/topology" });
    expect(String(body["detail"])).toMatch(detail);
    expect(JSON.stringify(body)).not.toMatch(/maxJobsToActivates|Bad Request/);
  });

  it("refuses a token for another audience and one signed by another OAuth server", async () => {
    const other = await startOAuthServer({ clients: [{ clientId: "ci-app", clientSecret: "ci-app-secret" }] });
    try {
      const foreign = await fetchToken({ ...cluster, tokenUrl: other.tokenUrl });
      const wrongAudience = await fetchToken({ ...cluster, audience: "operate-api" });
      for (const [token, detail] of [[foreign, /not issued by this cluster/], [wrongAudience, /not for audience orchestration/]] as const) {
        const response = await topology(token);
        expect(response.status).toBe(401);
        expect(((await response.json()) as { detail: string }).detail).toMatch(detail);
      }
    } finally {
      await other.stop();
    }
  });

  it("answers a request that breaks the spec with a 400 problem naming the violation, and records it", async () => {
    cluster.resetViolations();
    const token = await fetchToken(cluster);
    const response = await fetch(`${cluster.address}/v2/process-instances/search`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ filter: { state: 42 }, page: { limit: 10 } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 400, title: "Bad Request" });
    expect(String(body["detail"])).toMatch(/^The request does not match the spec: .*filter\.state/);
    const seen = cluster.violations();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toMatchObject({ method: "POST", path: "/v2/process-instances/search", location: ["request", "body", "filter", "state"] });
    cluster.resetViolations();
    expect(cluster.violations()).toEqual([]);
  });

  it("accepts a valid search with a page object and records nothing", async () => {
    const token = await fetchToken(cluster);
    const response = await fetch(`${cluster.address}/v2/process-instances/search`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ filter: { state: "ACTIVE" }, page: { from: 0, limit: 10 } }),
    });
    expect(response.status).toBe(200);
    expect(cluster.violations()).toEqual([]);
  });

  it("answers a path outside the spec with a 404 problem", async () => {
    const token = await fetchToken(cluster);
    const response = await fetch(`${cluster.address}/v2/no-such-thing`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, title: "Not Found", detail: "No operation of the spec matches GET /v2/no-such-thing." });
  });
});

describe("startMockCluster failures", () => {
  it("names Prism when it does not listen in time, and leaves no process and no temp folder behind", async () => {
    const own = makeTempDir("c8rest-test-mock-");
    const before = new Set(descendantsOf(process.pid)); // the cluster of this file (and vitest's own helpers)
    try {
      await expect(withTempDir(own, () => startMockCluster({ timeoutMs: 100 }))).rejects.toThrow(
        /^Prism mock server did not start listening within 100 ms/,
      );
      expect(await readdir(own)).toEqual([]);
      const left = descendantsOf(process.pid).filter((pid) => !before.has(pid));
      expect(await waitUntilGone(left)).toEqual([]);
    } finally {
      removeTempDir(own);
    }
  });

  it("says which port is taken", async () => {
    const own = makeTempDir("c8rest-test-mock-");
    const taken = new URL(cluster.tokenUrl).port;
    try {
      await expect(withTempDir(own, () => startMockCluster({ oauthPort: Number(taken) }))).rejects.toThrow(
        new RegExp(`^The mock cluster's OAuth server cannot listen on 127.0.0.1:${taken}: port ${taken} is in use`),
      );
      expect(await readdir(own)).toEqual([]);
    } finally {
      removeTempDir(own);
    }
  });

  it("says which spec it cannot read", async () => {
    await expect(startMockCluster({ spec: "/nonexistent/spec.yaml" })).rejects.toThrow(/^Cannot read the spec \/nonexistent\/spec.yaml/);
  });
});
