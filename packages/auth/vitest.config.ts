import { defineConfig } from "vitest/config";
import { baseTestConfig } from "../../config/vitest.base.ts";

export default defineConfig({
  test: {
    ...baseTestConfig.test,
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/support/output-scan.ts"],
  },
});
