import { defineConfig } from "vitest/config";
import { baseTestConfig } from "../../config/vitest.base.ts";

export default defineConfig({
  ...baseTestConfig,
  test: {
    ...baseTestConfig.test,
    // One mock cluster (@c8rest/mock-cluster) for every test file.
    globalSetup: ["test/support/global-setup.ts"],
  },
});
