// Contract of the client: every operation of the spec, sent through @c8rest/client (with authFromEnv) to the mock
// cluster, is accepted as the spec says (no request-side violation, a documented 2xx). The requests are built from
// the spec by the mock cluster's contract helpers (its test folder: one request builder for the repository).
import { authFromEnv } from "@c8rest/auth";
import { startMockCluster, type MockCluster } from "@c8rest/mock-cluster";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest } from "../../mock-cluster/test/contract/build-request.js";
import { contractProblems, missingOperations, type CallResult } from "../../mock-cluster/test/contract/check-response.js";
import { listOperations, loadSpec } from "../../mock-cluster/test/contract/spec-operations.js";
import { createCamundaClient, operationTable } from "../src/index.js";

const spec = loadSpec();
const operations = listOperations(spec);
const exercised = new Set<string>();
let cluster: MockCluster;
let send: (method: string, path: string, init: object) => Promise<CallResult>;

beforeAll(async () => {
  cluster = await startMockCluster();
  const client = createCamundaClient({ baseUrl: cluster.address, middleware: [authFromEnv(cluster.env)] });
  // The operations are only known at run time, so the typed methods cannot check these calls: the untyped door.
  send = client.request as unknown as typeof send;
});

afterAll(async () => {
  await cluster?.stop();
});

describe("every operation of the spec through @c8rest/client", () => {
  it("the client knows each operation of the spec", () => {
    const table: Record<string, { method: string; path: string }> = { ...operationTable };
    expect(operations.filter((o) => table[o.operationId]?.path !== o.path).map((o) => o.operationId)).toEqual([]);
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path} (${o.operationId})`, o] as const))("%s", async (_name, operation) => {
    const result = await send(operation.method, operation.path, buildRequest(spec, operation));
    expect(contractProblems(operation, result)).toEqual([]);
    exercised.add(operation.operationId);
  });

  it("exercised every operation, and the mock saw no request the spec does not allow", () => {
    expect(missingOperations(operations, exercised)).toEqual([]);
    expect(cluster.violations()).toEqual([]);
  });
});
