// One mock cluster (@c8rest/mock-cluster) for the whole test run; its addresses reach the tests via inject().
import { startMockCluster, type MockCluster } from "@c8rest/mock-cluster";
import type { TestProject } from "vitest/node";

export interface ProvidedStack {
  apiAddress: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience: string;
  env: Record<string, string>;
}

declare module "vitest" {
  export interface ProvidedContext {
    mockStack: ProvidedStack;
  }
}

let cluster: MockCluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  cluster = await startMockCluster();
  project.provide("mockStack", {
    apiAddress: cluster.address,
    tokenUrl: cluster.tokenUrl,
    clientId: cluster.clientId,
    clientSecret: cluster.clientSecret,
    audience: cluster.audience,
    // The docs' ZEEBE_* names only: tests that change one setting need a single name per setting.
    env: Object.fromEntries(Object.entries(cluster.env).filter(([name]) => name.startsWith("ZEEBE_") || name === "CAMUNDA_AUTH_STRATEGY")),
  });
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
