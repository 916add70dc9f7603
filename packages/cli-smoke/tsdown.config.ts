import { defineConfig } from "tsdown";
import { baseConfig } from "../../config/tsdown.base.ts";

export default defineConfig([
  // The library (runCli, runSmoke, ...): ESM + CJS + declarations.
  { ...baseConfig },
  // The c8rest-smoke executable: ESM only (top-level await); the shebang of src/cli.ts is kept.
  { ...baseConfig, entry: { cli: "src/cli.ts" }, format: ["esm"], dts: false },
]);
