import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { baseTestConfig } from "../../config/vitest.base.ts";

export default defineConfig({
  // authFromEnv imports "@c8rest/auth/node" lazily: in these tests, the source of that entry.
  resolve: { alias: { "@c8rest/auth/node": fileURLToPath(new URL("./src/node.ts", import.meta.url)) } },
  test: {
    ...baseTestConfig.test,
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/support/output-scan.ts"],
  },
});
