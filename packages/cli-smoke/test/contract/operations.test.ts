// Contract tests: every operation of spec/ is sent through @c8rest/client (with auth) to Prism on the mock spec.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createCamundaClient, operationTable } from "@c8rest/client";
import { stackAuth } from "../support/auth.js";
import { buildRequest } from "./build-request.js";
import {
  contractProblems,
  missingOperations,
  responseViolations,
  type CallResult,
  type Violation,
} from "./check-response.js";
import { listOperations, loadSpec } from "./spec-operations.js";

const spec = loadSpec();
const operations = listOperations(spec);
const stack = inject("mockStack");
const client = createCamundaClient({ baseUrl: stack.apiAddress, middleware: [stackAuth(stack)] });
// The operations are only known at run time, so the typed methods cannot check these calls: use the untyped door.
const send = client.request as unknown as (method: string, path: string, init: object) => Promise<CallResult>;

const exercised = new Set<string>();
const upstreamExampleIssues = new Map<string, Violation[]>();
const REPORT_FILE = fileURLToPath(new URL("../../test-results/contract-response-violations.json", import.meta.url));

describe("contract of every operation in spec/", () => {
  it("reads the operations from the spec, and the client knows each one", () => {
    expect(operations.length).toBeGreaterThan(0);
    const table: Record<string, { method: string; path: string }> = { ...operationTable };
    const unknown = operations.filter((o) => table[o.operationId]?.path !== o.path).map((o) => o.operationId);
    expect(unknown, "operations the generated client does not have: run npm run generate").toEqual([]);
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path} (${o.operationId})`, o] as const))(
    "%s",
    async (_name, operation) => {
      const request = buildRequest(spec, operation);
      const result = await send(operation.method, operation.path, request);
      const response = responseViolations(result.response);
      if (response.length > 0) upstreamExampleIssues.set(operation.operationId, response);
      expect(contractProblems(operation, result)).toEqual([]);
      exercised.add(operation.operationId);
    },
  );

  it("exercised every operation of the spec", () => {
    const missing = missingOperations(operations, exercised);
    console.log(`operations exercised: ${operations.length - missing.length}/${operations.length}`);
    expect(missing, "operations without a passing contract case").toEqual([]);
  });
});

afterAll(() => {
  if (upstreamExampleIssues.size === 0) return;
  const total = [...upstreamExampleIssues.values()].reduce((sum, list) => sum + list.length, 0);
  mkdirSync(dirname(REPORT_FILE), { recursive: true });
  writeFileSync(REPORT_FILE, `${JSON.stringify(Object.fromEntries(upstreamExampleIssues), null, 2)}\n`);
  console.log(
    `note: Prism flagged ${total} response-side violation(s) in ${upstreamExampleIssues.size} operation(s): the spec's own ` +
      `response examples do not match its schemas (upstream data, not a client problem). Details: ${REPORT_FILE}`,
  );
});
