import { defineConfig } from "vitest/config";
import { baseTestConfig } from "../../config/vitest.base.ts";

export default defineConfig({
  ...baseTestConfig,
  test: {
    ...baseTestConfig.test,
    // One mock stack (Prism + OAuth server) for every test file.
    globalSetup: ["test/support/global-setup.ts"],
  },
});
