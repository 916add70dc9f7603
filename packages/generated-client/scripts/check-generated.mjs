#!/usr/bin/env node
// Fails when src/generated/ is not what the pinned spec produces: `node scripts/check-generated.mjs
// [--spec-dir DIR] [--generated-dir DIR]` (the options exist for tests).
import { readFileSync, readdirSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { generate, defaultOutDir, GENERATE_COMMAND } from "./generate.mjs";
import { readSpecSource, specDir as defaultSpecDir } from "./spec-source.mjs";
import { makeTempDir, removeTempDir } from "../../../config/temp-dir.mjs";

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const specDir = arg("--spec-dir", defaultSpecDir);
const committedDir = arg("--generated-dir", defaultOutDir);
const problems = [];

const src = readSpecSource(specDir);
if (src.sha256 !== src.meta.sha256) {
  problems.push(`spec/${src.meta.file} has sha256 ${src.sha256}, but spec/spec-meta.json records ${src.meta.sha256}: update spec-meta.json and spec/SOURCE.md for the new spec`);
}
const schemaPath = join(committedDir, "schema.ts");
const header = existsSync(schemaPath) ? readFileSync(schemaPath, "utf8").slice(0, 600) : "";
const headerSha = /Spec sha256: ([0-9a-f]{64})/.exec(header)?.[1];
if (headerSha !== src.sha256) {
  problems.push(`the generated header names spec sha256 ${headerSha ?? "(none)"}, the spec file has ${src.sha256}`);
}

const tmp = makeTempDir("c8rest-check-generated-");
try {
  const { files } = await generate({ outDir: tmp, specDir });
  const committed = existsSync(committedDir) ? readdirSync(committedDir).sort() : [];
  for (const name of new Set([...files, ...committed])) {
    const want = existsSync(join(tmp, name)) ? readFileSync(join(tmp, name), "utf8") : undefined;
    const have = existsSync(join(committedDir, name)) ? readFileSync(join(committedDir, name), "utf8") : undefined;
    if (want === undefined) problems.push(`src/generated/${name} is not produced by the generator: delete it`);
    else if (have === undefined) problems.push(`src/generated/${name} is missing`);
    else if (want !== have) problems.push(`src/generated/${name} differs from what the spec produces`);
  }
} finally {
  removeTempDir(tmp);
}

if (problems.length > 0) {
  console.error("check:generated FAILED: the committed generated code does not match spec/.");
  for (const p of problems) console.error(`  - ${p}`);
  console.error(`Fix: run \`${GENERATE_COMMAND}\` at the repository root and commit packages/generated-client/src/generated/.`);
  process.exit(1);
}
console.log(`check:generated OK: src/generated/ matches spec/${src.meta.file} (sha256 ${src.sha256.slice(0, 12)}...)`);
