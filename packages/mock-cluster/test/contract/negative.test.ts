// The contract checks can fail: a bad request, a call without auth and a missing case are all caught.
import { describe, expect, inject, it } from "vitest";
import { createCamundaClient } from "@c8rest/client";
import { stackAuth } from "../support/auth.js";
import { contractProblems, missingOperations, requestViolations, type CallResult } from "./check-response.js";
import { listOperations, loadSpec, type SpecOperation } from "./spec-operations.js";

const spec = loadSpec();
const operations = listOperations(spec);
const byId = (id: string): SpecOperation => operations.find((o) => o.operationId === id)!;
const stack = inject("mockStack");

describe("negative contract cases", () => {
  it("an invalid body is flagged by Prism and fails the contract check", async () => {
    const client = createCamundaClient({ baseUrl: stack.apiAddress, middleware: [stackAuth(stack)] });
    const send = client.request as unknown as (m: string, p: string, init: object) => Promise<CallResult>;
    const result = await send("post", "/process-instances/search", { body: { filter: { state: 42 } } });
    expect(result.response.status).toBe(400);
    expect(requestViolations(result.response).map((v) => v.location.join("."))).toContain("request.body.filter.state");
    const problems = contractProblems(byId("searchProcessInstances"), result);
    expect(problems).toContain("status 400 for a valid request");
    expect(problems.some((p) => p.startsWith("request violation at request.body.filter.state"))).toBe(true);
  });

  it("a call without the auth middleware gets 401 from the mock", async () => {
    const client = createCamundaClient({ baseUrl: stack.apiAddress });
    const result = await client.GET("/topology");
    expect(result.response.status).toBe(401);
    expect(contractProblems(byId("getTopology"), result)).toContain("status 401 for a valid request");
  });

  it("an operation of the spec without a case is reported", () => {
    const exercised = new Set(operations.map((o) => o.operationId).filter((id) => id !== "getTopology"));
    expect(missingOperations(operations, exercised)).toEqual(["getTopology"]);
    expect(missingOperations(operations, new Set(operations.map((o) => o.operationId)))).toEqual([]);
  });

  it("an undocumented status or content type is reported", () => {
    const topology = byId("getTopology");
    const teapot = new Response("{}", { status: 418, headers: { "content-type": "application/json" } });
    expect(contractProblems(topology, { response: teapot, error: {} })).toEqual([
      "status 418 is not documented (documented: 200, 401, 500)",
    ]);
    const html = new Response("<p>hi</p>", { status: 200, headers: { "content-type": "text/html" } });
    expect(contractProblems(topology, { response: html, data: "<p>hi</p>" })).toEqual([
      'content type "text/html" is not documented for 200 (application/json)',
    ]);
  });
});
