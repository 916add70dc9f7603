// Local servers for the tarball test: the repository's token + topology fake
// (config/test-support/token-topology-server.mjs) with a client of its own, on 127.0.0.1 port 0.
import { randomBytes } from "node:crypto";
import { startTokenTopologyServer, TOPOLOGY } from "../../config/test-support/token-topology-server.mjs";

export { TOPOLOGY };
export const CLIENT_ID = "tarball-test-client";
export const CLIENT_SECRET = randomBytes(12).toString("hex");

/** Starts the fake; `stats` counts token grants and authorised API calls; `close()` stops it. */
export async function startServers() {
  const fake = await startTokenTopologyServer({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  return {
    tokenUrl: fake.tokenUrl,
    restAddress: fake.address,
    stats: {
      get tokens() {
        return fake.stats.tokensIssued;
      },
      get apiCalls() {
        return fake.stats.apiRequests - fake.stats.unauthorized;
      },
    },
    close: () => fake.close(),
  };
}
