// One mock stack (Prism + local OAuth server) for the whole test run; its addresses reach the tests via inject().
import type { TestProject } from "vitest/node";
import type { MockStack } from "../../src/mock/mock-stack.js";
import { startMockCluster } from "./mock-cluster.js";

export interface ProvidedStack {
  apiAddress: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience: string;
  env: Record<string, string>;
  prismStartupMs: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    mockStack: ProvidedStack;
  }
}

let stack: MockStack | undefined;

export async function setup(project: TestProject): Promise<void> {
  stack = await startMockCluster();
  console.log(`mock stack up: Prism ${stack.apiAddress} (started in ${stack.prismStartupMs} ms), OAuth ${stack.tokenUrl}`);
  project.provide("mockStack", {
    apiAddress: stack.apiAddress,
    tokenUrl: stack.tokenUrl,
    clientId: stack.clientId,
    clientSecret: stack.clientSecret,
    audience: stack.audience,
    env: { ...stack.env },
    prismStartupMs: stack.prismStartupMs,
  });
}

export async function teardown(): Promise<void> {
  await stack?.stop();
}
