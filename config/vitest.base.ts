// Shared test settings: a JSON report per package, summed by .ci/run into "N passed, N failed".
import type { ViteUserConfig } from "vitest/config";

export const baseTestConfig = {
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
} satisfies ViteUserConfig;
