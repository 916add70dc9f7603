// The same OAuth + topology program with Camunda's official client.
import createCamundaClient from "@camunda8/orchestration-cluster-api";

const camunda = createCamundaClient({
  config: {
    CAMUNDA_REST_ADDRESS: process.env.ZEEBE_REST_ADDRESS,
    CAMUNDA_AUTH_STRATEGY: "OAUTH",
    CAMUNDA_CLIENT_ID: process.env.ZEEBE_CLIENT_ID,
    CAMUNDA_CLIENT_SECRET: process.env.ZEEBE_CLIENT_SECRET,
    CAMUNDA_OAUTH_URL: process.env.ZEEBE_TOKEN_URL,
  },
});
const topology = await camunda.getTopology();
console.log(topology.clusterSize);
