// @c8rest/client against @c8rest/mock-cluster: a chained flow where each call uses the keys the previous answer
// returned, and the mock's 401 and 400 problems seen through unwrap's CamundaProblemError.
import { authFromEnv } from "@c8rest/auth";
import { startMockCluster, type MockCluster } from "@c8rest/mock-cluster";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CamundaProblemError, createCamundaClient, unwrap, type CamundaClient } from "../src/index.js";

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:c8rest">
  <bpmn:process id="order-process" isExecutable="true"><bpmn:startEvent id="start"/></bpmn:process>
</bpmn:definitions>
`;
const KEY = /^-?[0-9]+$/;
let cluster: MockCluster;
let client: CamundaClient;

beforeAll(async () => {
  cluster = await startMockCluster();
  client = createCamundaClient({ baseUrl: cluster.address, middleware: [authFromEnv(cluster.env)] });
});

afterAll(async () => {
  await cluster?.stop();
});

describe("@c8rest/client against the mock cluster", () => {
  it("deploy -> create an instance of the definition -> get it -> activate a job -> complete it", async () => {
    const form = new FormData();
    form.append("resources", new Blob([BPMN], { type: "application/xml" }), "order.bpmn");
    const deployment = unwrap(await client.POST("/deployments", { body: form as never }));
    const definitionKey = deployment.deployments.find((d) => d.processDefinition)!.processDefinition!.processDefinitionKey;
    expect(definitionKey).toMatch(KEY);

    const created = unwrap(await client.POST("/process-instances", { body: { processDefinitionKey: definitionKey } }));
    expect(created.processInstanceKey).toMatch(KEY);

    const instance = unwrap(
      await client.GET("/process-instances/{processInstanceKey}", { params: { path: { processInstanceKey: created.processInstanceKey } } }),
    );
    expect(instance.processInstanceKey).toMatch(KEY);

    const activated = unwrap(await client.POST("/jobs/activation", { body: { type: "payment", maxJobsToActivate: 1, timeout: 30_000 } }));
    const jobKey = activated.jobs[0]!.jobKey;
    expect(jobKey).toMatch(KEY);

    const completed = await client.POST("/jobs/{jobKey}/completion", { params: { path: { jobKey } }, body: { variables: { paid: true } } });
    expect(completed.response.status).toBe(204);
    expect(cluster.violations()).toEqual([]);
  });

  it("a call without a token: CamundaProblemError 401 Unauthorized, not the spec's example text", async () => {
    const bare = createCamundaClient({ baseUrl: cluster.address });
    const failure = await bare.GET("/topology").then(unwrap).then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(CamundaProblemError);
    expect(failure).toMatchObject({ status: 401, title: "Unauthorized" });
    expect((failure as CamundaProblemError).detail).toMatch(/^No access token/);
  });

  it("an invalid request: CamundaProblemError 400 whose detail names the violation, and violations() has it", async () => {
    cluster.resetViolations();
    const result = await client.POST("/process-instances/search", { body: { filter: { state: 42 } } as never });
    const failure = (() => {
      try {
        unwrap(result);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(failure).toBeInstanceOf(CamundaProblemError);
    expect(failure).toMatchObject({ status: 400, title: "Bad Request" });
    expect((failure as CamundaProblemError).detail).toMatch(/does not match the spec: .*filter\.state/);
    expect(cluster.violations().map((v) => v.location.join("."))).toContain("request.body.filter.state");
  });
});
