// The local mock stack's modules (built to dist/mock/index.mjs; not published).
export { startMockStack, type MockStack, type MockStackEnv, type StartMockStackOptions } from "./mock-stack.js";
export { startPrism, type PrismServer, type StartPrismOptions } from "./prism-server.js";
export {
  startOAuthServer,
  DEMO_AUDIENCE,
  DEMO_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  type OAuthServer,
  type StartOAuthServerOptions,
} from "./oauth-server.js";
export { deriveMockSpec, deriveMockSpecFile, DEFAULT_SPEC_FILE, MOCK_API_PREFIX } from "./derive-mock-spec.js";
