// The mock spec's relaxed page variants: valid searches with a page object pass, through the typed client.
import { describe, expect, inject, it } from "vitest";
import { createCamundaClient } from "@c8rest/client";
import { stackAuth } from "../support/auth.js";
import { contractProblems } from "./check-response.js";
import { listOperations, loadSpec } from "./spec-operations.js";

const stack = inject("mockStack");
const searchProcessInstances = listOperations(loadSpec()).find((o) => o.operationId === "searchProcessInstances")!;

describe("searches with a page object (overlapping oneOf in the spec, anyOf in the mock spec)", () => {
  const client = createCamundaClient({ baseUrl: stack.apiAddress, middleware: [stackAuth(stack)] });

  it.each([
    ["limit", { limit: 10 }],
    ["offset", { from: 0, limit: 10 }],
    ["cursor", { after: "WzIyNTE3OTk4MTM2ODUyNDld", limit: 10 }],
  ] as const)("a %s page is accepted", async (_kind, page) => {
    const result = await client.POST("/process-instances/search", {
      body: { filter: { state: "ACTIVE", processDefinitionId: "order-process" }, page },
    });
    expect(contractProblems(searchProcessInstances, result)).toEqual([]);
    expect(result.response.status).toBe(200);
  });
});
