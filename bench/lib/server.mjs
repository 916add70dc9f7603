// The local stack every request measure uses, in a child process of its own (so that serving does not share
// the measuring process's event loop): `node lib/server.mjs [--lifetime S]` prints one JSON line {"port":N} and
// then serves the repository's token + topology fake (config/test-support/token-topology-server.mjs) on
// 127.0.0.1: POST /oauth/token (client bench / bench-secret), GET /v2/topology (also with the static token
// `static-bench-token`), POST /v2/process-instances (reads the JSON body, answers a created instance naming its
// processDefinitionId), GET /stats {"tokenRequests":N,"apiRequests":N,"unauthorized":N,...}, /stats/reset.
import { startTokenTopologyServer } from "../../config/test-support/token-topology-server.mjs";

const i = process.argv.indexOf("--lifetime");
const lifetime = i > 0 ? Number(process.argv[i + 1]) : 3600;

let created = 0;
const fake = await startTokenTopologyServer({
  clientId: "bench",
  clientSecret: "bench-secret",
  tokenLifetimeSeconds: lifetime,
  staticTokens: ["static-bench-token"],
  statsPath: "/stats",
  routes: {
    "POST /v2/process-instances": (_req, body) => {
      let id;
      try {
        id = JSON.parse(body).processDefinitionId;
      } catch {
        return { status: 400, body: { title: "Bad Request", status: 400 }, type: "application/problem+json" };
      }
      const processInstanceKey = String(2251799813685249 + ++created);
      return { status: 200, body: { processDefinitionId: id, processDefinitionKey: "2251799813685100", processDefinitionVersion: 1, processInstanceKey, tenantId: "<default>", variables: {} } };
    },
  },
});
process.stdout.write(JSON.stringify({ port: Number(new URL(fake.address).port) }) + "\n");
process.on("SIGTERM", () => fake.close().then(() => process.exit(0)));
process.on("disconnect", () => process.exit(0));
