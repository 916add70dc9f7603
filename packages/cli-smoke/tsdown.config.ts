import { defineConfig } from "tsdown";
import { baseConfig } from "../../config/tsdown.base.ts";

export default defineConfig([
  // The library (runCli, runSmoke, ...): ESM + CJS + declarations.
  { ...baseConfig },
  // The c8rest-smoke executable: ESM only (top-level await); the shebang of src/cli.ts is kept.
  { ...baseConfig, entry: { cli: "src/cli.ts" }, format: ["esm"], dts: false },
  // The local mock stack for tests and `npm run smoke`: not published (package.json "files" excludes dist/mock);
  // Prism, oidc-provider and yaml are devDependencies, loaded from node_modules, never bundled.
  {
    ...baseConfig,
    entry: {
      index: "src/mock/index.ts",
      "run-smoke": "src/mock/run-smoke.ts",
      serve: "src/mock/serve.ts",
    },
    outDir: "dist/mock",
    format: ["esm"],
    dts: false,
    sourcemap: false,
    deps: { neverBundle: ["yaml", "oidc-provider", /^@stoplight\//] },
  },
]);
