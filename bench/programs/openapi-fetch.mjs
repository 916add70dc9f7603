// Reference: the topology call with openapi-fetch alone and a token fetched by hand (no cache, no refresh).
import createClient from "openapi-fetch";

const reply = await fetch(process.env.ZEEBE_TOKEN_URL, {
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams({ grant_type: "client_credentials", client_id: process.env.ZEEBE_CLIENT_ID, client_secret: process.env.ZEEBE_CLIENT_SECRET }),
});
const { access_token } = await reply.json();
const client = createClient({ baseUrl: `${process.env.ZEEBE_REST_ADDRESS}/v2`, headers: { authorization: `Bearer ${access_token}` } });
const { data, error } = await client.GET("/topology");
console.log(error ?? data.clusterSize);
