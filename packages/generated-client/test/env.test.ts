import { describe, expect, it } from "vitest";
import { CamundaConfigError, clientOptionsFromEnv, createCamundaClient } from "../src/index.js";

describe("clientOptionsFromEnv", () => {
  it("reads the address and CAMUNDA_DEFAULT_TENANT_ID", () => {
    expect(clientOptionsFromEnv({ ZEEBE_REST_ADDRESS: "http://c:8080", CAMUNDA_DEFAULT_TENANT_ID: "acme" })).toEqual({
      baseUrl: "http://c:8080",
      defaultTenantId: "acme",
    });
    expect(clientOptionsFromEnv({ CAMUNDA_REST_ADDRESS: "http://d:8080" })).toEqual({ baseUrl: "http://d:8080" });
  });

  it("leaves out unset and empty variables", () => {
    expect(clientOptionsFromEnv({ ZEEBE_REST_ADDRESS: "", CAMUNDA_DEFAULT_TENANT_ID: " " })).toEqual({});
  });

  it("names the variable when the tenant id is not one", () => {
    const error = (() => {
      try {
        return clientOptionsFromEnv({ CAMUNDA_DEFAULT_TENANT_ID: "two words" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CamundaConfigError);
    expect(error).toMatchObject({ setting: "CAMUNDA_DEFAULT_TENANT_ID" });
    expect((error as Error).message).toContain("CAMUNDA_DEFAULT_TENANT_ID must be a tenant id");
  });
});

describe("createCamundaClient({ defaultTenantId })", () => {
  it("rejects a value that is not a tenant id", () => {
    expect(() => createCamundaClient({ baseUrl: "http://c:8080", defaultTenantId: "" })).toThrow(/defaultTenantId must be a tenant id/);
  });

  it("fills the tenant of JSON bodies, through the methods, request() and a withCallOptions view", async () => {
    const bodies: unknown[] = [];
    const fetch = async (request: Request) => {
      bodies.push(await request.json());
      return new Response("{}", { headers: { "content-type": "application/json" } });
    };
    const { withCallOptions } = await import("../src/index.js");
    const client = createCamundaClient({ baseUrl: "http://c:8080", fetch, ...clientOptionsFromEnv({ CAMUNDA_DEFAULT_TENANT_ID: "acme" }) });
    await client.POST("/process-instances", { body: { processDefinitionId: "order" } });
    await client.request("post", "/messages/publication", { body: { name: "paid" } });
    await withCallOptions(client, { timeoutMs: 5_000 }).POST("/jobs/activation", { body: { type: "t", maxJobsToActivate: 1, timeout: 1_000 } });
    await client.POST("/process-instances", { body: { processDefinitionId: "order", tenantId: "other" } });
    expect(bodies).toEqual([
      { processDefinitionId: "order", tenantId: "acme" },
      { name: "paid", tenantId: "acme" },
      { type: "t", maxJobsToActivate: 1, timeout: 1_000, tenantIds: ["acme"] },
      { processDefinitionId: "order", tenantId: "other" },
    ]);
  });
});
