// One mock cluster for the whole test run, started as a user's globalSetup would; its facts reach tests via inject().
import type { TestProject } from "vitest/node";
import { startMockCluster, type MockCluster } from "../../src/start-mock-cluster.js";

/** What the tests get of the shared cluster (plain data: it crosses into the test workers). */
export interface ProvidedCluster {
  address: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience: string;
  env: Record<string, string>;
}

declare module "vitest" {
  export interface ProvidedContext {
    mockCluster: ProvidedCluster;
  }
}

let cluster: MockCluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  cluster = await startMockCluster();
  project.provide("mockCluster", {
    address: cluster.address,
    tokenUrl: cluster.tokenUrl,
    clientId: cluster.clientId,
    clientSecret: cluster.clientSecret,
    audience: cluster.audience,
    env: { ...cluster.env },
  });
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
}
