import { defineConfig } from "vitest/config";
import { baseTestConfig } from "../../config/vitest.base.ts";

export default defineConfig({
  test: {
    ...baseTestConfig.test,
    // The invariants test compares the heap after a full GC at two points.
    execArgv: ["--expose-gc"],
  },
});
