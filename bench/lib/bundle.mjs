// Bundles a program with esbuild (minified, ESM, platform node, or browser for a browser program) and returns its sizes.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** @returns {Promise<{minBytes: number, gzipBytes: number, inputs: Record<string, number>}>} */
export async function bundleSize(entry, { platform = "node" } = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: platform === "browser" ? "es2022" : "node20",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const inputs = {};
  for (const [file, info] of Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? /packages\/([^/]+)/.exec(file)?.[1] ?? file;
    inputs[pkg] = (inputs[pkg] ?? 0) + info.bytesInOutput;
  }
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, inputs };
}
