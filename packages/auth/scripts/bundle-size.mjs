// Size of a program using @c8rest/client + @c8rest/auth (OAuth) + openapi-fetch, bundled and minified with esbuild
// for Node, gzipped; and proof that undici stays out of the static graph (it is loaded only for TLS settings).
// Run after building both packages: node scripts/bundle-size.mjs
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const programs = {
  "client + oauthMiddleware": `import { createCamundaClient } from "@c8rest/client"; import { oauthMiddleware } from "@c8rest/auth";
    const c = createCamundaClient({ baseUrl: process.env.ZEEBE_REST_ADDRESS, middleware: [oauthMiddleware({ clientId: "a", clientSecret: "b" })] });
    console.log(await c.GET("/topology"));`,
  "client + authFromEnv": `import { createCamundaClient } from "@c8rest/client"; import { authFromEnv } from "@c8rest/auth";
    const c = createCamundaClient({ baseUrl: process.env.ZEEBE_REST_ADDRESS, middleware: [authFromEnv()] });
    console.log(await c.GET("/topology"));`,
  "auth only (oauthMiddleware)": `import { oauthMiddleware } from "@c8rest/auth"; console.log(oauthMiddleware({ clientId: "a", clientSecret: "b" }));`,
};
let failed = false;
for (const [name, contents] of Object.entries(programs)) {
  const r = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const code = r.outputFiles[0].contents;
  const inputs = Object.keys(r.metafile.inputs);
  const undici = inputs.filter((p) => p.includes("node_modules/undici/"));
  const byPkg = {};
  for (const [p, v] of Object.entries(r.metafile.outputs[Object.keys(r.metafile.outputs)[0]].inputs)) {
    const pkg = p.includes("node_modules/") ? p.split("node_modules/").pop().split("/").slice(0, p.includes("@") ? 2 : 1).join("/") : p.split("/").slice(0, 2).join("/");
    byPkg[pkg] = (byPkg[pkg] ?? 0) + v.bytesInOutput;
  }
  console.log(`${name}: ${(code.length / 1024).toFixed(1)} kB min, ${(gzipSync(code).length / 1024).toFixed(2)} kB min+gzip; undici files bundled: ${undici.length}`);
  console.log("  by package (min bytes):", JSON.stringify(byPkg));
  if (undici.length > 0 && !name.includes("TLS")) failed = true;
}
if (failed) {
  console.error("undici was bundled statically; it must only be imported dynamically (tls-fetch.ts)");
  process.exit(1);
}
