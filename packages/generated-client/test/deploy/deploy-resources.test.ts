import { describe, expect, it } from "vitest";
import { CamundaProblemError, CamundaResourceError, createCamundaClient, deployResources, RESOURCE_ERROR_CODE } from "../../src/index.js";

const result = {
  deploymentKey: "2251799813685250",
  tenantId: "acme",
  deployments: [
    { processDefinition: { processDefinitionId: "order", processDefinitionVersion: 1, resourceName: "order.bpmn", tenantId: "acme", processDefinitionKey: "2251799813685251" }, decisionDefinition: null, decisionRequirements: null, form: null, resource: null },
    { processDefinition: null, decisionDefinition: { decisionDefinitionId: "discount", version: 1, name: "Discount", tenantId: "acme", decisionRequirementsId: "d", decisionDefinitionKey: "2251799813685252", decisionRequirementsKey: "2251799813685253" }, decisionRequirements: { decisionRequirementsId: "d", decisionRequirementsName: "D", version: 1, resourceName: "discount.dmn", tenantId: "acme", decisionRequirementsKey: "2251799813685253" }, form: null, resource: null },
    { processDefinition: null, decisionDefinition: null, decisionRequirements: null, form: { formId: "f", version: 1, resourceName: "f.form", tenantId: "acme", formKey: "2251799813685254" }, resource: null },
  ],
};

function recording(status = 200, body: unknown = result) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" } });
  };
  return { client: createCamundaClient({ baseUrl: "http://cluster:8080", fetch }), requests };
}

describe("deployResources", () => {
  it("sends one part per resource named by its name, the tenant, and groups the result by kind", async () => {
    const { client, requests } = recording();
    const deployed = await deployResources(
      client,
      [{ name: "order.bpmn", content: "<bpmn/>" }, { name: "discount.dmn", content: new Uint8Array([60, 100, 47, 62]) }, new File(["{}"], "f.form")],
      { tenantId: "acme" },
    );
    const form = await requests[0]!.formData();
    expect(requests[0]!.url).toBe("http://cluster:8080/v2/deployments");
    expect(form.getAll("resources").map((f) => [(f as File).name, (f as File).type])).toEqual([
      ["order.bpmn", "application/xml"],
      ["discount.dmn", "application/xml"],
      ["f.form", "application/octet-stream"], // a File keeps its own (here no) type
    ]);
    expect(await (form.getAll("resources")[1] as File).text()).toBe("<d/>");
    expect(form.get("tenantId")).toBe("acme");
    expect(deployed.deploymentKey).toBe("2251799813685250");
    expect(deployed.processes.map((p) => p.processDefinitionKey)).toEqual(["2251799813685251"]);
    expect(deployed.decisions.map((d) => d.decisionDefinitionKey)).toEqual(["2251799813685252"]);
    expect(deployed.decisionRequirements.map((d) => d.decisionRequirementsKey)).toEqual(["2251799813685253"]);
    expect(deployed.forms.map((f) => f.formKey)).toEqual(["2251799813685254"]);
    expect(deployed.resources).toEqual([]);
  });

  it("throws CamundaProblemError when the cluster refuses the deployment", async () => {
    const { client } = recording(400, { title: "INVALID_ARGUMENT", status: 400, detail: "'a.bpmn': not a BPMN file" });
    const error = await deployResources(client, [{ name: "a.bpmn", content: "x" }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CamundaProblemError);
    expect(error).toMatchObject({ status: 400, operationId: "createDeployment", detail: "'a.bpmn': not a BPMN file" });
  });

  it("passes the caller's signal to the call", async () => {
    const { client, requests } = recording();
    const controller = new AbortController();
    controller.abort(new Error("stop deploying"));
    const error = await deployResources(client, [{ name: "a.bpmn", content: "<bpmn/>" }], { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as Error).message).toContain("stop deploying");
    expect(requests).toEqual([]);
  });

  it.each([
    ["nothing", [], "none", ""],
    ["a Blob without a name", [new Blob(["<bpmn/>"])], "unnamed", ""],
    ["an unknown resource type", [{ name: "notes.txt", content: "hi" }], "unknown-type", "notes.txt"],
    ["a name without an extension", [{ name: "order", content: "<bpmn/>" }], "unknown-type", "order"],
    ["empty content", [{ name: "order.bpmn", content: "" }], "empty", "order.bpmn"],
  ] as const)("refuses %s before sending anything", async (_what, resources, problem, resource) => {
    const { client, requests } = recording();
    const error = await deployResources(client, resources as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CamundaResourceError);
    expect(error).toMatchObject({ code: RESOURCE_ERROR_CODE, problem, resource });
    expect((error as Error).message).toMatch(/pass|name it|deploy a file/);
    expect(requests).toEqual([]);
  });
});
