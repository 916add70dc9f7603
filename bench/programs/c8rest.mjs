// The OAuth + topology program with @c8rest/client and @c8rest/auth (bundle-size measure and CI budget).
import { createCamundaClient } from "@c8rest/client";
import { oauthMiddleware } from "@c8rest/auth";

const client = createCamundaClient({
  baseUrl: process.env.ZEEBE_REST_ADDRESS,
  middleware: [
    oauthMiddleware({
      clientId: process.env.ZEEBE_CLIENT_ID,
      clientSecret: process.env.ZEEBE_CLIENT_SECRET,
      tokenUrl: process.env.ZEEBE_TOKEN_URL,
    }),
  ],
});
const { data, error } = await client.GET("/topology");
console.log(error ?? data.clusterSize);
