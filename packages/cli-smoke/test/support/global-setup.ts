// One mock cluster (@c8rest/mock-cluster/vitest) for the whole test run; tests read it with mockStack()
// (support/stack.ts). The tests set the CLI's environment themselves, and some send requests the spec refuses.
import { mockClusterGlobalSetup } from "@c8rest/mock-cluster/vitest";

export const { setup, teardown } = mockClusterGlobalSetup({ setEnv: false, failOnViolations: false });
