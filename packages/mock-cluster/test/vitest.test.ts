// @c8rest/mock-cluster/vitest: the global setup starts a cluster, provides it and its variables, and at teardown
// stops it, gives process.env back, and fails on requests the spec does not allow.
import type { TestProject } from "vitest/node";
import { describe, expect, it } from "vitest";
import { mockClusterGlobalSetup, violationsMessage, type ProvidedMockCluster } from "../src/vitest.js";
import { fetchToken } from "./contract/send.js";

/** Enough of vitest's TestProject for a global setup: what it provides. */
function fakeProject(): { project: TestProject; provided: Record<string, unknown> } {
  const provided: Record<string, unknown> = {};
  const project = { provide: (key: string, value: unknown) => void (provided[key] = value) } as unknown as TestProject;
  return { project, provided };
}

describe("mockClusterGlobalSetup", () => {
  it("provides the cluster and its variables, restores process.env, and fails the run on a violation", async () => {
    const before = process.env.ZEEBE_REST_ADDRESS;
    process.env.ZEEBE_REST_ADDRESS = "http://kept.example:1";
    const { project, provided } = fakeProject();
    const { setup, teardown } = mockClusterGlobalSetup({ clientId: "setup-app", clientSecret: "setup-secret" });
    try {
      await setup(project);
      const cluster = provided.mockCluster as ProvidedMockCluster;
      expect(cluster).toMatchObject({ clientId: "setup-app", clientSecret: "setup-secret", address: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
      expect(process.env.ZEEBE_REST_ADDRESS).toBe(cluster.address);
      expect(process.env.CAMUNDA_CLIENT_ID).toBe("setup-app");
      expect(cluster.env).toMatchObject({ ZEEBE_REST_ADDRESS: cluster.address, ZEEBE_AUTHORIZATION_SERVER_URL: cluster.tokenUrl });

      const token = await fetchToken(cluster);
      const refused = await fetch(`${cluster.address}/v2/process-instances/search`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ filter: { state: "RUNNING" } }),
      });
      expect(refused.status).toBe(400);
    } finally {
      const failure = await teardown().then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(process.env.ZEEBE_REST_ADDRESS).toBe("http://kept.example:1");
      expect(process.env.CAMUNDA_CLIENT_ID).toBeUndefined();
      if (before === undefined) delete process.env.ZEEBE_REST_ADDRESS;
      else process.env.ZEEBE_REST_ADDRESS = before;
      expect(failure?.message).toMatch(/^the app sent requests the API spec does not allow:\nPOST \/v2\/process-instances\/search: request\.body\.filter\.state /);
    }
  }, 120_000);

  it("violationsMessage lists one line per violation", () => {
    expect(
      violationsMessage([
        { method: "POST", path: "/v2/jobs/activation", location: ["request", "body", "type"], message: "must be string" },
        { method: "GET", path: "/v2/x", location: ["request", "query", "limit"], message: "must be integer" },
      ]),
    ).toBe(
      "the app sent requests the API spec does not allow:\nPOST /v2/jobs/activation: request.body.type must be string\nGET /v2/x: request.query.limit must be integer",
    );
  });
});
