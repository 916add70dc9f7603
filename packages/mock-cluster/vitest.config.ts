import { defineConfig } from "vitest/config";
import { baseTestConfig } from "../../config/vitest.base.ts";

export default defineConfig({
  ...baseTestConfig,
  test: {
    ...baseTestConfig.test,
    // One mock cluster for the test files that call it (inject("mockCluster")).
    globalSetup: ["test/support/global-setup.ts"],
  },
});
