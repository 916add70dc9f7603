// @c8rest/mock-cluster: a local Camunda 8 Orchestration Cluster API mock for an app's tests and CI.
export { startMockCluster, type MockCluster, type StartMockClusterOptions } from "./start-mock-cluster.js";
export { clusterEnv, formatEnvFile, type ClusterFacts, type MockClusterEnv } from "./env.js";
export type { SpecViolation } from "./front-server.js";
export {
  startOAuthServer,
  DEMO_AUDIENCE,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  KEYCLOAK_TOKEN_PATH,
  type OAuthClient,
  type OAuthContext,
  type OAuthMiddleware,
  type OAuthServer,
  type StartOAuthServerOptions,
} from "./oauth-server.js";
export { deriveMockSpec, loadMockSpec, DEFAULT_SPEC_FILE, MOCK_API_PREFIX } from "./derive-mock-spec.js";
