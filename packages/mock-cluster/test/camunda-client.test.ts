// Camunda's own generated client, configured only by the variables the mock cluster hands out and with its strict
// response validation on (CAMUNDA_SDK_VALIDATION=res:strict): the common calls of an app all succeed.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import createCamundaClient from "@camunda8/orchestration-cluster-api";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { pinnedCamundaVersion, pinnedGatewayVersion } from "./support/pinned-spec.js";

const cluster = inject("mockCluster");
const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:c8rest">
  <bpmn:process id="order-process" isExecutable="true"><bpmn:startEvent id="start"/></bpmn:process>
</bpmn:definitions>
`;
const now = { consistency: { waitUpToMs: 0 } };

// Camunda's client n.y.z is made for Camunda 8.n (its README: "SDK version n.y.z -> server version 8.n",
// https://github.com/camunda/orchestration-cluster-api-js#readme). The mock's answers for an older spec (after a
// spec update to 8.8) lack fields that 8.n's strict validation requires, so this runs for specs of 8.n and later.
const own = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { devDependencies: Record<string, string> };
const sdkMajor = Number(own.devDependencies["@camunda8/orchestration-cluster-api"]!.split(".")[0]); // pinned exactly
const [major, minor] = pinnedCamundaVersion.split(".").map(Number) as [number, number];
const sdkFitsSpec = major > 8 || (major === 8 && minor >= sdkMajor);

describe.runIf(sdkFitsSpec)("Camunda's client (@camunda8/orchestration-cluster-api) against the mock, res:strict", () => {
  const camunda = createCamundaClient({ config: { ...cluster.env, CAMUNDA_SDK_VALIDATION: "res:strict", CAMUNDA_SDK_LOG_LEVEL: "error" } });
  let seen: number;

  beforeAll(async () => {
    seen = (await fetch(`${cluster.address}/v2/topology`)).status; // without a token: the mock must refuse it
  });

  it("is refused without a token (the mock checks tokens)", () => {
    expect(seen).toBe(401);
  });

  it("topology", async () => {
    const topology = await camunda.getTopology();
    expect(topology.brokers).toHaveLength(topology.clusterSize);
    expect(topology.gatewayVersion).toBe(pinnedGatewayVersion);
  });

  it("deploy, create an instance of the deployed process, search instances", async () => {
    const deployment = await camunda.createDeployment({ resources: [new File([BPMN], "order.bpmn", { type: "application/xml" })] });
    expect(deployment.deploymentKey).toMatch(/^-?[0-9]+$/);
    const definitionKey = deployment.processes[0]!.processDefinitionKey;
    const instance = await camunda.createProcessInstance({ processDefinitionKey: definitionKey, variables: { orderId: "o-1" } });
    expect(instance.processInstanceKey).toMatch(/^-?[0-9]+$/);
    const found = await camunda.searchProcessInstances({ filter: { processDefinitionKey: definitionKey } }, now);
    expect(found.page.totalItems).toBe(found.items.length);
  });

  it("search user tasks and incidents", async () => {
    const tasks = await camunda.searchUserTasks({ filter: { state: "CREATED" }, page: { limit: 10 } }, now);
    expect(Array.isArray(tasks.items)).toBe(true);
    const incidents = await camunda.searchIncidents({ filter: { state: "ACTIVE" } }, now);
    expect(Array.isArray(incidents.items)).toBe(true);
  });

  it("activate jobs and complete one by its key", async () => {
    const activated = await camunda.activateJobs({ type: "payment", maxJobsToActivate: 1, timeout: 30_000, worker: "mock-test" });
    const job = activated.jobs[0]!;
    expect(job.jobKey).toMatch(/^-?[0-9]+$/);
    await camunda.completeJob({ jobKey: job.jobKey, variables: { paid: true } });
  });

  it("publish a message and evaluate a decision", async () => {
    const message = await camunda.publishMessage({ name: "order-paid", correlationKey: "o-1", variables: {} });
    expect(message.messageKey).toMatch(/^-?[0-9]+$/);
    // decisionDefinitionId is a branded string in Camunda's types
    const decision = await camunda.evaluateDecision({ decisionDefinitionId: "discount" as never, variables: { total: 10 } });
    expect(decision.decisionDefinitionKey).toMatch(/^-?[0-9]+$/);
  });
});

describe("the strict validation of Camunda's client is on in these tests", () => {
  it("accepts a valid topology and rejects one that breaks the spec", async () => {
    const valid = { brokers: [], clusterSize: 0, partitionsCount: 1, replicationFactor: 1, gatewayVersion: pinnedGatewayVersion, lastCompletedChangeId: "-1", clusterId: null };
    let body: object = valid;
    const api = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    try {
      const address = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
      const config = { ...cluster.env, CAMUNDA_REST_ADDRESS: address, CAMUNDA_SDK_VALIDATION: "res:strict", CAMUNDA_SDK_LOG_LEVEL: "silent" } as const;
      const strict = createCamundaClient({ config });
      expect((await strict.getTopology()).clusterSize).toBe(0);
      body = { ...valid, clusterSize: "three" };
      await expect(strict.getTopology()).rejects.toThrow(/validation failed/);
    } finally {
      api.closeAllConnections();
      await new Promise((resolve) => api.close(resolve));
    }
  });
});
