// One mock cluster for the whole test run, through the package's own vitest global setup; its facts reach tests via
// inject("mockCluster"). These tests send requests the spec does not allow on purpose, and set their own env.
import { mockClusterGlobalSetup } from "../../src/vitest.js";

export const { setup, teardown } = mockClusterGlobalSetup({ setEnv: false, failOnViolations: false });
