// The topology program configured from the environment with @c8rest/auth's authFromEnv (CI budget).
import { createCamundaClient } from "@c8rest/client";
import { authFromEnv } from "@c8rest/auth";

const client = createCamundaClient({ baseUrl: process.env.ZEEBE_REST_ADDRESS, middleware: [authFromEnv()] });
const { data, error } = await client.GET("/topology");
console.log(error ?? data.clusterSize);
