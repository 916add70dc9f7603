#!/usr/bin/env node
// `npm run spec:update -- <file or URL> [--camunda-version X.Y] [--source-note TEXT] [--dry-run]`
// Replaces spec/'s spec, updates spec-meta.json and SOURCE.md, regenerates src/generated/, writes the API diff
// (spec/API-DIFF.md) and a changeset for @c8rest/client. Everything is prepared in a temporary folder first and
// each file is replaced by a rename, so an invalid input (or a failing generator) leaves spec/ untouched.
// Options for tests and other layouts: --spec-dir, --generated-dir, --changeset-dir, --diff-out, --date.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { generate, defaultOutDir } from "./generate.mjs";
import { readSpecSource, specDir as defaultSpecDir } from "./spec-source.mjs";
import { diffSpecs } from "./spec-diff.mjs";
import { renderChangeset, renderReport, renderSummary } from "./diff-report.mjs";
import { readInput, validateSpec, camundaVersionOf, SpecUpdateError } from "./spec-input.mjs";
import { makeTempDir, removeTempDir } from "../../../config/temp-dir.mjs";

export { SpecUpdateError };
export { SPEC_INVALID, SPEC_UNREADABLE, SPEC_VERSION_MISSING } from "./spec-input.mjs";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const defaultChangesetDir = join(repoRoot, ".changeset");
export const DIFF_FILE_NAME = "API-DIFF.md";

/** Writes a file by rename from a sibling temp file: readers see the old or the new content, never half. */
function writeAtomic(path, data, mode) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  if (mode !== undefined) chmodSync(tmp, mode);
  renameSync(tmp, path);
}

function sourceTable(rows) {
  return ["| field | value |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");
}

/** SOURCE.md with its provenance table replaced; the prose around it (licence, how to update) is kept. */
export function renderSource(previous, rows) {
  const table = sourceTable(rows);
  if (!previous) return `# spec/: the pinned Camunda REST API spec\n\n${table}\n`;
  const lines = previous.split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  if (start < 0) return `${previous.trimEnd()}\n\n${table}\n`;
  let end = start;
  while (end < lines.length && lines[end].startsWith("|")) end++;
  return [...lines.slice(0, start), table, ...lines.slice(end)].join("\n");
}

function changesetPath(dir, base) {
  let name = `${base}.md`;
  for (let i = 2; existsSync(join(dir, name)); i++) name = `${base}-${i}.md`;
  return join(dir, name);
}

/**
 * @typedef {object} UpdateOptions
 * @property {string} input file path (relative to `cwd`) or http(s) URL of the new spec
 * @property {string} [camundaVersion] X.Y; default: the X.Y in the input's file name
 * @property {string} [sourceNote] text for the "source" row of SOURCE.md (default: the path or URL)
 * @property {string} [specDir] @property {string} [generatedDir] @property {string} [changesetDir]
 * @property {string} [diffFile] default: `<specDir>/API-DIFF.md`
 * @property {Date} [now] @property {string} [cwd] @property {typeof fetch} [fetch]
 * @property {boolean} [dryRun] validate and print the diff, write nothing
 *
 * @typedef {object} UpdateResult
 * @property {boolean} unchanged true when the input is the pinned spec: nothing written
 * @property {boolean} [dryRun] true when nothing was written because of `dryRun`
 * @property {string} [sha256]
 * @property {{ added: object[], removed: object[], changed: object[], schemaChanges: object[], bump: "major" | "minor" | "patch" | "none" }} diff
 * @property {string} summary the changeset body
 * @property {string} changesetFile @property {string} diffFile @property {string[]} written
 */

/**
 * Runs the whole update. Every path is injectable; `now` fixes the date. Returns what it wrote.
 *
 * @param {UpdateOptions} options
 * @returns {Promise<UpdateResult>}
 * @example
 * const r = await updateSpec({ input: "spec/history/camunda-8.8-rest-api.yaml" });
 * r.diff.bump; // "major" | "minor" | "patch"
 */
export async function updateSpec({
  input,
  camundaVersion,
  sourceNote,
  specDir = defaultSpecDir,
  generatedDir = defaultOutDir,
  changesetDir = defaultChangesetDir,
  diffFile,
  now = new Date(),
  cwd = process.env.INIT_CWD ?? process.cwd(),
  fetch = globalThis.fetch,
  dryRun = false,
} = {}) {
  const old = readSpecSource(specDir);
  const { bytes, label, name } = await readInput(input, { cwd, fetch });
  const text = bytes.toString("utf8");
  const newDoc = validateSpec(text, label);
  const newVersion = camundaVersionOf(camundaVersion, name);
  const newSha = createHash("sha256").update(bytes).digest("hex");
  if (newSha === old.sha256 && newVersion === old.meta.camundaVersion) {
    return /** @type {UpdateResult} */ ({ unchanged: true, sha256: newSha, written: [] });
  }

  const diff = diffSpecs(parse(old.text), newDoc);
  const date = now.toISOString().slice(0, 10);
  const diffPath = diffFile ?? join(specDir, DIFF_FILE_NAME);
  const shown = (p) => (p.startsWith(repoRoot) ? relative(repoRoot, p) : p);
  const meta = { oldVersion: old.meta.camundaVersion, newVersion, oldSha: old.sha256, newSha, date, diffFile: shown(diffPath) };
  if (dryRun) {
    return { unchanged: false, dryRun: true, diff, summary: renderSummary(diff, { ...meta, diffFile: undefined }), written: [] };
  }
  const newMeta = { ...old.meta, camundaVersion: newVersion, sha256: newSha };

  // Generate from a temporary copy first: a generator failure must not leave spec/ half updated.
  const work = makeTempDir("c8rest-spec-update-");
  try {
    const tmpSpec = join(work, "spec");
    const tmpOut = join(work, "generated");
    mkdirSync(tmpSpec);
    writeFileSync(join(tmpSpec, old.meta.file), bytes);
    writeFileSync(join(tmpSpec, "spec-meta.json"), JSON.stringify(newMeta, null, 2) + "\n");
    const { files, operations } = await generate({ outDir: tmpOut, specDir: tmpSpec });

    const sourcePath = join(specDir, "SOURCE.md");
    const stats = (d) => `${d.openapi} (${Object.keys(d.paths).length} paths, ${operations} operations, ${Object.keys(d.components?.schemas ?? {}).length} schemas)`;
    const source = renderSource(existsSync(sourcePath) ? readFileSync(sourcePath, "utf8") : "", [
      ["Camunda version", newVersion],
      ["source", sourceNote ?? `\`${shown(label)}\``],
      ["file", `\`${old.meta.file}\` (bytes unchanged from the source)`],
      ["sha256", `\`${newSha}\``],
      ["OpenAPI version", stats(newDoc)],
      ["updated on", date],
      ["updated by", "`npm run spec:update` (API diff: `" + meta.diffFile + "`)"],
      ["previous spec", `Camunda ${old.meta.camundaVersion}, sha256 \`${old.sha256}\``],
    ]);
    const changesetFile = changesetPath(changesetDir, `spec-${old.meta.camundaVersion}-to-${newVersion}-${newSha.slice(0, 8)}`.replace(/[^\w.-]/g, "_"));

    const written = [];
    const put = (path, data, mode) => {
      writeAtomic(path, data, mode);
      written.push(path);
    };
    for (const f of files) put(join(generatedDir, f), readFileSync(join(tmpOut, f)));
    put(old.path, bytes, statSync(old.path).mode & 0o777);
    put(join(specDir, "spec-meta.json"), JSON.stringify(newMeta, null, 2) + "\n");
    put(sourcePath, source);
    put(diffPath, renderReport(diff, meta));
    put(changesetFile, renderChangeset(diff, meta));
    return { unchanged: false, diff, summary: renderSummary(diff, meta), changesetFile, diffFile: diffPath, written };
  } finally {
    removeTempDir(work);
  }
}

function parseArgs(argv) {
  const opts = {};
  const flags = {
    "--camunda-version": "camundaVersion",
    "--source-note": "sourceNote",
    "--spec-dir": "specDir",
    "--generated-dir": "generatedDir",
    "--changeset-dir": "changesetDir",
    "--diff-out": "diffFile",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a in flags) opts[flags[a]] = argv[++i];
    else if (a === "--date") opts.now = new Date(`${argv[++i]}T00:00:00Z`);
    else if (a === "--dry-run") opts.dryRun = true;
    else if (a.startsWith("--")) throw new SpecUpdateError("C8REST_SPEC_USAGE", `unknown option ${a}; see the header of spec-update.mjs`);
    else if (opts.input === undefined) opts.input = a;
    else throw new SpecUpdateError("C8REST_SPEC_USAGE", `one input only, got ${opts.input} and ${a}`);
  }
  return opts;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const r = await updateSpec(parseArgs(process.argv.slice(2)));
    if (r.dryRun) {
      console.log(r.summary);
      console.log(`spec:update --dry-run: ${r.diff.bump}; nothing written.`);
    } else if (r.unchanged) {
      console.log(`spec:update: the spec is unchanged (sha256 ${r.sha256.slice(0, 12)}...); nothing written.`);
    } else {
      console.log(r.summary);
      for (const p of r.written) console.log(`wrote ${relative(process.cwd(), p) || p}`);
      console.log(`spec:update: ${r.diff.bump} (changeset ${relative(process.cwd(), r.changesetFile)})`);
    }
  } catch (e) {
    console.error(`spec:update FAILED (${e.code ?? e.name}): ${e.message}`);
    if (e instanceof SpecUpdateError) console.error("Nothing in spec/ was changed.");
    process.exit(1);
  }
}
