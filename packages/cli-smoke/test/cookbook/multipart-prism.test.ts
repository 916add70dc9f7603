// Multipart calls of @c8rest/client against Prism (which validates multipart bodies against the spec): deployments
// and document uploads must carry no request-side violation.
import { authFromEnv } from "@c8rest/auth";
import { createCamundaClient, deployResources, documentParams, type CamundaClient } from "@c8rest/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestViolations } from "../contract/check-response.js";
import { startMockCluster, type MockStack } from "../support/mock-cluster.js";

let stack: MockStack;
let client: CamundaClient;
let tenantClient: CamundaClient;

beforeAll(async () => {
  stack = await startMockCluster();
  client = createCamundaClient({ baseUrl: stack.apiAddress, middleware: [authFromEnv({ ...stack.env })] });
  tenantClient = createCamundaClient({ baseUrl: stack.apiAddress, middleware: [authFromEnv({ ...stack.env })], defaultTenantId: "tenant-a" });
});
afterAll(() => stack?.stop());

const bpmn = (id: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d-${id}" targetNamespace="urn:c8rest">` +
  `<bpmn:process id="${id}" isExecutable="true"><bpmn:startEvent id="start"/></bpmn:process></bpmn:definitions>\n`;

describe("multipart bodies against Prism", () => {
  it.each([
    ["one resource", 1, undefined],
    ["three resources", 3, undefined],
    ["one resource with a tenant", 1, "tenant-a"],
    ["three resources with a tenant", 3, "tenant-a"],
  ] as const)("deploys %s with no request-side violation", async (_name, count, tenantId) => {
    const resources = Array.from({ length: count }, (_, i) => new File([bpmn(`p${i}`)], `p${i}.bpmn`, { type: "application/xml" }));
    const { data, error, response } = await client.POST("/deployments", { body: { resources, ...(tenantId ? { tenantId } : {}) } });
    expect(requestViolations(response)).toEqual([]);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(typeof data?.deploymentKey).toBe("string");
  });

  it("deploys through deployResources and the client's default tenant with no request-side violation", async () => {
    const deployed = await deployResources(tenantClient, [{ name: "order.bpmn", content: bpmn("order") }, { name: "invoice.bpmn", content: bpmn("invoice") }]);
    expect(deployed.deploymentKey).toMatch(/^-?[0-9]+$/);
    expect(deployed.processes.length).toBeGreaterThan(0);
    const { response } = await tenantClient.POST("/deployments", { body: { resources: [new File([bpmn("x")], "x.bpmn")] } });
    expect(requestViolations(response)).toEqual([]);
  });

  it("uploads documents (one, and a batch) with no request-side violation, and downloads one", async () => {
    const one = await client.POST("/documents", { body: { file: new File(["hello"], "hello.txt", { type: "text/plain" }) } });
    expect(requestViolations(one.response)).toEqual([]);
    expect(one.response.status).toBe(201);
    const batch = await client.POST("/documents/batch", {
      body: { files: [new File(["a"], "a.txt", { type: "text/plain" }), new File(["b"], "b.txt", { type: "text/plain" })] },
    });
    expect(requestViolations(batch.response)).toEqual([]);
    expect(batch.response.ok).toBe(true);
    const down = await client.GET("/documents/{documentId}", { params: documentParams(one.data!), parseAs: "blob" });
    expect(requestViolations(down.response)).toEqual([]);
    expect(down.data).toBeInstanceOf(Blob);
  });
});
