// ESM consumer of the installed tarballs (module nodenext): topology through OAuth with oauthMiddleware.
import { createCamundaClient, operationTable, specInfo, type Schema } from "@c8rest/client";
import { oauthMiddleware } from "@c8rest/auth";

function need(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}

const client = createCamundaClient({
  baseUrl: need("ZEEBE_REST_ADDRESS"),
  middleware: [oauthMiddleware({ clientId: need("ZEEBE_CLIENT_ID"), clientSecret: need("ZEEBE_CLIENT_SECRET"), tokenUrl: need("ZEEBE_AUTHORIZATION_SERVER_URL") })],
});

const { data, error, response } = await client.GET("/topology");
if (error !== undefined || data === undefined) throw new Error(`GET /topology answered ${response.status}`);
const topology: Schema<"TopologyResponse"> = data;
const size: number = topology.clusterSize;
const firstBroker = topology.brokers[0]; // noUncheckedIndexedAccess: possibly undefined

// The types are real, not `any`: an unknown path and a wrongly typed field must not compile.
// @ts-expect-error -- not a path of the API
void (() => client.GET("/no-such-path"));
// @ts-expect-error -- clusterSize is a number
const wrong: string = topology.clusterSize;
void wrong;

console.log(
  JSON.stringify({
    module: "esm",
    clusterSize: size,
    host: firstBroker?.host ?? null,
    path: operationTable.getTopology.path,
    camundaVersion: specInfo.camundaVersion,
  }),
);
