import { defineConfig } from "tsdown";
import { baseConfig } from "../../config/tsdown.base.ts";

export default defineConfig({
  ...baseConfig,
  // `node` (@c8rest/auth/node) holds what needs Node's built-ins, so that the main entry bundles for a browser.
  entry: { index: "src/index.ts", node: "src/node.ts" },
});
