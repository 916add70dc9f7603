import { defineConfig } from "tsdown";
import { baseConfig } from "../../config/tsdown.base.ts";

// Prism, oidc-provider, jose and yaml are dependencies, loaded from node_modules, never bundled.
const deps = { neverBundle: ["yaml", "oidc-provider", "jose", /^@stoplight\//] };

export default defineConfig([
  // The library (startMockCluster, ...) and its vitest global setup (@c8rest/mock-cluster/vitest): ESM + CJS +
  // declarations; import.meta.url shimmed in the CJS build.
  { ...baseConfig, entry: { index: "src/index.ts", vitest: "src/vitest.ts" }, shims: true, deps },
  // The c8rest-mock executable: ESM only (top-level await); the shebang of src/cli.ts is kept.
  { ...baseConfig, entry: { cli: "src/cli.ts" }, format: ["esm"], dts: false, deps, clean: false },
]);
