// CommonJS consumer of the installed tarballs (module nodenext, .cts): topology through OAuth with authFromEnv.
import { createCamundaClient, operationTable } from "@c8rest/client";
import type { ResponseBody } from "@c8rest/client";
import { authFromEnv } from "@c8rest/auth";

async function main(): Promise<void> {
  const address = process.env["ZEEBE_REST_ADDRESS"];
  if (!address) throw new Error("set ZEEBE_REST_ADDRESS");
  const client = createCamundaClient({ baseUrl: address, middleware: [authFromEnv(process.env)] });
  const { data, error, response } = await client.GET("/topology");
  if (error !== undefined || data === undefined) throw new Error(`GET /topology answered ${response.status}`);
  const topology: ResponseBody<"getTopology"> = data;
  // @ts-expect-error -- gatewayVersion is a string
  const wrong: number = topology.gatewayVersion;
  void wrong;
  console.log(
    JSON.stringify({
      module: "cjs",
      clusterSize: topology.clusterSize,
      host: topology.brokers[0]?.host ?? null,
      path: operationTable.getTopology.path,
      isCommonJs: typeof require === "function" && typeof module === "object",
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
