#!/usr/bin/env node
// Generates src/generated/ from the pinned spec: `node scripts/generate.mjs [--out DIR]`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { readSpecSource } from "./spec-source.mjs";
import { collectOperations, renderOperationTable } from "./operation-table.mjs";
import { collectMethodRows, renderMethodMaps } from "./method-maps.mjs";
import { collectOwnBasePaths, renderOwnBasePaths } from "./own-bases.mjs";
import { keepDeepRequired } from "./allof-required.mjs";
import { binaryAsBlob } from "./binary-blob.mjs";
import { collectMultipartBodies, collectTenantBodies, renderBodyFacts } from "./body-facts.mjs";
import { compactSchema } from "./compact-schema.mjs";

export const defaultOutDir = fileURLToPath(new URL("../src/generated/", import.meta.url));
export const GENERATE_COMMAND = "npm run generate";

function header(meta, sha256, what) {
  return [
    `// GENERATED FILE: do not edit by hand. Run \`${GENERATE_COMMAND}\` to update it.`,
    `// ${what}`,
    `// Spec: spec/${meta.file} (Camunda ${meta.camundaVersion})`,
    `// Spec sha256: ${sha256}`,
    ``,
  ].join("\n");
}

/**
 * Writes schema.ts, operations.ts, methods.ts and bodies.ts for the spec into outDir; returns the file names written.
 *
 * @param {{ outDir?: string, specDir?: string }} [options] default: src/generated/ from the repository's spec/
 * @returns {Promise<{ files: string[], sha256: string, operations: number }>}
 */
export async function generate({ outDir = defaultOutDir, specDir = undefined } = {}) {
  const src = readSpecSource(specDir);
  const doc = parse(src.text);
  // openapi-typescript reads the document with `required` kept through deep allOf chains (allof-required.mjs).
  const ast = await openapiTS(keepDeepRequired(doc).doc, { defaultNonNullable: false, silent: true, transform: binaryAsBlob(doc) });
  const schema = compactSchema(astToString(ast));
  const ops = collectOperations(doc);
  mkdirSync(outDir, { recursive: true });
  const files = {
    "schema.ts": header(src.meta, src.sha256, "Types by openapi-typescript 7.13.0 (--default-non-nullable false; multipart binary as Blob, scripts/binary-blob.mjs).") + schema,
    "operations.ts": header(src.meta, src.sha256, "Operation table from the spec's paths.") + renderOperationTable(ops, src.meta, src.sha256) + renderOwnBasePaths(collectOwnBasePaths(doc)),
    "methods.ts": header(src.meta, src.sha256, "Per-method path maps for the typed client (scripts/method-maps.mjs).") + renderMethodMaps(collectMethodRows(doc)),
    "bodies.ts": header(src.meta, src.sha256, "Multipart parts and default-tenant fields of request bodies (scripts/body-facts.mjs).") + renderBodyFacts(collectMultipartBodies(doc), collectTenantBodies(doc)),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  return { files: Object.keys(files), sha256: src.sha256, operations: ops.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const i = process.argv.indexOf("--out");
  const started = performance.now();
  const result = await generate(i > 0 ? { outDir: process.argv[i + 1] } : {});
  const ms = Math.round(performance.now() - started);
  console.log(`generated ${result.files.join(", ")} (${result.operations} operations, spec sha256 ${result.sha256.slice(0, 12)}...) in ${ms} ms`);
}
