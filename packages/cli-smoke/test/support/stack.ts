// The run's mock cluster as the CLI tests use it: its address and the docs' ZEEBE_* variables only (tests that
// change one setting need a single name per setting).
import "@c8rest/mock-cluster/vitest";
import { inject } from "vitest";

export interface MockStack {
  apiAddress: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience: string;
  env: Record<string, string>;
}

export function mockStack(): MockStack {
  const cluster = inject("mockCluster");
  return {
    apiAddress: cluster.address,
    tokenUrl: cluster.tokenUrl,
    clientId: cluster.clientId,
    clientSecret: cluster.clientSecret,
    audience: cluster.audience,
    env: Object.fromEntries(Object.entries(cluster.env).filter(([name]) => name.startsWith("ZEEBE_") || name === "CAMUNDA_AUTH_STRATEGY")),
  };
}
