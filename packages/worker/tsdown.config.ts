import { defineConfig } from "tsdown";
import { baseConfig } from "../../config/tsdown.base.ts";

export default defineConfig({ ...baseConfig });
