// The same three calls as ../official/consumer.ts, written for @c8rest/client.
import { createCamundaClient } from "@c8rest/client";

const client = createCamundaClient({ baseUrl: "http://localhost:8080" });

export async function run(): Promise<void> {
  const topology = await client.GET("/topology");
  if (topology.data) console.log(topology.data.clusterSize, topology.data.brokers.length);

  const search = await client.POST("/process-instances/search", {
    body: { filter: { state: "ACTIVE", processDefinitionId: "order-process" }, page: { limit: 10 } },
  });
  for (const item of search.data?.items ?? []) console.log(item.processInstanceKey, item.state);

  const created = await client.POST("/process-instances", {
    body: { processDefinitionId: "order-process", variables: { orderId: 1 } },
  });
  console.log(created.data?.processInstanceKey);
}
