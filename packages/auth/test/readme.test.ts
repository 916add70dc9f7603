// The README's ```ts examples are programs: each type-checks and runs against local servers (the OAuth test server
// and a stand-in API on 127.0.0.1).
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { extractExamples, runExample, typeErrors } from "../../../config/test-support/markdown-examples.js";
import { AWKWARD_SECRET, TEST_AUDIENCE } from "./support/oauth-clients.ts";
import { startApiServer, type ApiServer } from "./support/api-server.ts";
import { recordLine } from "./support/output-scan.ts";

const oauth = inject("oauth");
const readme = join(import.meta.dirname, "..", "README.md");
const workDir = join(import.meta.dirname, ".tmp-readme");
const examples = extractExamples(readme);
const topology = { clusterSize: 3, brokers: [], gatewayVersion: "8.9.0", partitionsCount: 1, replicationFactor: 1 };
let api: ApiServer;

beforeAll(async () => {
  api = await startApiServer((s) => (s.authorization ? { status: 200, body: topology } : { status: 401, body: { title: "Unauthorized" } }));
});
afterAll(async () => {
  await api.stop();
  rmSync(workDir, { recursive: true, force: true });
});

async function run(i: number, env: Record<string, string>): Promise<{ stdout: string; auth: string | undefined }> {
  const before = api.seen.length;
  const { stdout, stderr } = await runExample(examples[i]!.code, workDir, `run-${i}`, { ZEEBE_REST_ADDRESS: api.url, ...env });
  recordLine(stdout);
  recordLine(stderr);
  const seen = api.seen.slice(before);
  return { stdout: stdout.trim(), auth: seen.at(-1)?.authorization };
}

const oauthEnv = { ZEEBE_CLIENT_ID: "post-client", ZEEBE_CLIENT_SECRET: AWKWARD_SECRET, ZEEBE_TOKEN_AUDIENCE: TEST_AUDIENCE };

describe("README examples", () => {
  it("has the examples this test expects", () => {
    expect(examples.length).toBe(5);
  });

  it.each(examples.map((e, i) => [e.line, i] as const))("example at README.md:%i type-checks", (_line, i) => {
    expect(typeErrors(examples[i]!.code, workDir, `example-${i}`)).toEqual([]);
  }, 60_000);

  it("SaaS from the environment: authFromEnv gets a token and calls the API with it", async () => {
    const { stdout, auth } = await run(0, { ...oauthEnv, ZEEBE_AUTHORIZATION_SERVER_URL: oauth.tokenUrl });
    expect(stdout).toBe("cluster size 3");
    expect(auth).toMatch(/^Bearer ey/);
  });

  it("Self-Managed with the Keycloak token URL form", async () => {
    const { stdout, auth } = await run(1, { ...oauthEnv, ZEEBE_AUTHORIZATION_SERVER_URL: oauth.keycloakTokenUrl });
    expect(oauth.keycloakTokenUrl).toContain("/auth/realms/camunda-platform/protocol/openid-connect/token");
    expect(stdout).toBe("gateway 8.9.0");
    expect(auth).toMatch(/^Bearer ey/);
  });

  it("basic", async () => {
    const { stdout, auth } = await run(2, {});
    expect(stdout).toBe("HTTP 200");
    expect(auth).toBe(`Basic ${Buffer.from("demo:demo").toString("base64")}`);
  });

  it("bearer", async () => {
    const { stdout, auth } = await run(3, { CAMUNDA_OAUTH_TOKEN: "readme-token-123" });
    expect(stdout).toBe("HTTP 200");
    expect(auth).toBe("Bearer readme-token-123");
  });

  it("readAuthConfig prints sources and a redacted secret", async () => {
    const { stdout } = await run(4, oauthEnv);
    expect(stdout).toBe('OAUTH from ZEEBE_CLIENT_ID + ZEEBE_CLIENT_SECRET\n{"value":"[redacted]","source":"ZEEBE_CLIENT_SECRET"}');
  });
});
