import { defineConfig } from "vitest/config";
import { baseTestConfig } from "../../config/vitest.base.ts";

export default defineConfig(baseTestConfig);
