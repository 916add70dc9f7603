// The same three calls as ../c8rest/consumer.ts, written for Camunda's official client.
import createCamundaClient, { ProcessDefinitionId } from "@camunda8/orchestration-cluster-api";

const camunda = createCamundaClient({ config: { CAMUNDA_REST_ADDRESS: "http://localhost:8080" } });

export async function run(): Promise<void> {
  const topology = await camunda.getTopology();
  console.log(topology.clusterSize, topology.brokers.length);

  const search = await camunda.searchProcessInstances(
    { filter: { state: "ACTIVE", processDefinitionId: ProcessDefinitionId.assumeExists("order-process") }, page: { limit: 10 } },
    { consistency: { waitUpToMs: 0 } },
  );
  for (const item of search.items) console.log(item.processInstanceKey, item.state);

  const created = await camunda.createProcessInstance({
    processDefinitionId: ProcessDefinitionId.assumeExists("order-process"),
    variables: { orderId: 1 },
  });
  console.log(created.processInstanceKey);
}
