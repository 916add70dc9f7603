// The local stack every request measure uses, in a child process of its own (so that serving does not share
// the measuring process's event loop): `node lib/server.mjs [--lifetime S]` prints one JSON line {"port":N} and
// then serves the repository's token + topology fake (config/test-support/token-topology-server.mjs) on
// 127.0.0.1: POST /oauth/token (client bench / bench-secret), GET /v2/topology (also with the static token
// `static-bench-token`), GET /stats {"tokenRequests":N,"apiRequests":N,"unauthorized":N,...}, /stats/reset.
import { startTokenTopologyServer } from "../../config/test-support/token-topology-server.mjs";

const i = process.argv.indexOf("--lifetime");
const lifetime = i > 0 ? Number(process.argv[i + 1]) : 3600;

const fake = await startTokenTopologyServer({
  clientId: "bench",
  clientSecret: "bench-secret",
  tokenLifetimeSeconds: lifetime,
  staticTokens: ["static-bench-token"],
  statsPath: "/stats",
});
process.stdout.write(JSON.stringify({ port: Number(new URL(fake.address).port) }) + "\n");
process.on("SIGTERM", () => fake.close().then(() => process.exit(0)));
process.on("disconnect", () => process.exit(0));
