// The contract checks can fail: a bad request, a call without a token, an undocumented status and a missing case
// are all caught.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { buildRequest } from "./build-request.js";
import { contractProblems, missingOperations, requestViolations } from "./check-response.js";
import { fetchToken, send } from "./send.js";
import { listOperations, loadSpec, type SpecOperation } from "./spec-operations.js";

const spec = loadSpec();
const operations = listOperations(spec);
const byId = (id: string): SpecOperation => operations.find((o) => o.operationId === id)!;
const cluster = inject("mockCluster");
let token: string;

beforeAll(async () => {
  token = await fetchToken(cluster);
});

describe("negative contract cases", () => {
  it("an invalid body is flagged and fails the contract check", async () => {
    const search = byId("searchProcessInstances");
    const { response, body } = await send(cluster.address, token, search, { ...buildRequest(spec, search), body: { filter: { state: 42 } } });
    expect(response.status).toBe(400);
    expect(requestViolations(response).map((v) => v.location.join("."))).toContain("request.body.filter.state");
    const problems = contractProblems(search, { response, data: body, error: body });
    expect(problems).toContain("status 400 for a valid request");
    expect(problems.some((p) => p.startsWith("request violation at request.body.filter.state"))).toBe(true);
  });

  it("a call without a token gets 401 and fails the check", async () => {
    const topology = byId("getTopology");
    const { response, body } = await send(cluster.address, "", topology, buildRequest(spec, topology));
    expect(response.status).toBe(401);
    expect(contractProblems(topology, { response, error: body })).toContain("status 401 for a valid request");
  });

  it("an operation of the spec without a case is reported", () => {
    const exercised = new Set(operations.map((o) => o.operationId).filter((id) => id !== "getTopology"));
    expect(missingOperations(operations, exercised)).toEqual(["getTopology"]);
    expect(missingOperations(operations, new Set(operations.map((o) => o.operationId)))).toEqual([]);
  });

  it("an undocumented status or content type is reported", () => {
    const topology = byId("getTopology");
    const teapot = new Response("{}", { status: 418, headers: { "content-type": "application/json" } });
    expect(contractProblems(topology, { response: teapot, error: {} })).toEqual(["status 418 is not documented (documented: 200, 401, 500)"]);
    const html = new Response("<p>hi</p>", { status: 200, headers: { "content-type": "text/html" } });
    expect(contractProblems(topology, { response: html, data: "<p>hi</p>" })).toEqual([
      'content type "text/html" is not documented for 200 (application/json)',
    ]);
  });
});
