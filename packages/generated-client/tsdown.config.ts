import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";
import { baseConfig } from "../../config/tsdown.base.ts";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  ...baseConfig,
  // `tls` is a separate entry (@c8rest/client/tls) so that undici stays out of the default import graph; `node`
  // (@c8rest/client/node) holds the helpers that need the file system, kept out of browser bundles.
  entry: { index: "src/index.ts", tls: "src/tls/index.ts", node: "src/node/index.ts" },
  // The version the User-Agent names, fixed at build time.
  define: { __C8REST_VERSION__: JSON.stringify(version) },
});
