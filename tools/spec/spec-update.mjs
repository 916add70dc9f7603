#!/usr/bin/env node
// `npm run spec:update -- <input> [options]` (see --help in cli-args.mjs). Replaces spec/'s spec, updates
// spec-meta.json and SOURCE.md, regenerates the client's src/generated/, writes the API diff (spec/API-DIFF.md) and a
// changeset for @c8rest/client. Everything is prepared and type-checked in a temporary folder first and each file is
// replaced by a rename, so a bad input, a failing generator or generated code that does not compile leaves every
// file as it was. Every failure is a SpecUpdateError with a documented code (errors.mjs).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "yaml";
import { generate, defaultOutDir } from "../../packages/generated-client/scripts/generate.mjs";
import { readSpecSource, specDir as defaultSpecDir } from "../../packages/generated-client/scripts/spec-source.mjs";
import { diffSpecs } from "./spec-diff.mjs";
import { renderChangeset, renderReport, renderSummary } from "./diff-report.mjs";
import { readInput, validateSpec, camundaVersionOf, compareVersions } from "./spec-input.mjs";
import { compileGenerated, defaultClientDir, formatCompileErrors } from "./compile-gate.mjs";
import { renderSource } from "./source-table.mjs";
import { HELP, NEXT_STEPS, parseArgs } from "./cli-args.mjs";
import { SpecUpdateError, SPEC_INVALID, SPEC_UNREADABLE, SPEC_WRITE_FAILED } from "./errors.mjs";
import { makeTempDir, removeTempDir } from "../../config/temp-dir.mjs";

export { SpecUpdateError, renderSource };
export { SPEC_INVALID, SPEC_UNREADABLE, SPEC_VERSION_MISSING, SPEC_USAGE, SPEC_WRITE_FAILED, SPEC_ERROR_CODES } from "./errors.mjs";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
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

function changesetPath(dir, base) {
  let name = `${base}.md`;
  for (let i = 2; existsSync(join(dir, name)); i++) name = `${base}-${i}.md`;
  return join(dir, name);
}

/** Runs `fn`; any error that is not a SpecUpdateError becomes one with `code` and the message `what: ...`. */
async function as(code, what, fn) {
  try {
    return await fn();
  } catch (cause) {
    if (cause instanceof SpecUpdateError) throw cause;
    throw new SpecUpdateError(code, `${what}: ${cause?.message ?? cause}`, { cause });
  }
}

/**
 * @typedef {object} UpdateOptions
 * @property {string} input file, folder with rest-api.yaml, multi-file entry or http(s) URL of the new spec
 * @property {string} [camundaVersion] X.Y; default: the X.Y in the input's file name or in `gitRef`
 * @property {string} [gitRef] read `input` as it is at this ref of the git checkout it lies in
 * @property {string} [sourceNote] text for the "source" row of SOURCE.md (default: the path, URL or git ref)
 * @property {string} [specDir]
 * @property {string} [generatedDir]
 * @property {string} [changesetDir]
 * @property {string} [clientDir] the package whose sources the compile gate type-checks (default: packages/generated-client)
 * @property {string} [diffFile] default: `<specDir>/API-DIFF.md`; with `dryRun` only written when given
 * @property {Date} [now]
 * @property {string} [cwd]
 * @property {typeof fetch} [fetch]
 * @property {boolean} [dryRun] check, generate and type-check, write nothing but `diffFile`
 *
 * @typedef {object} UpdateResult
 * @property {boolean} unchanged true when the input is the pinned spec: nothing written
 * @property {boolean} [dryRun] true when nothing was written because of `dryRun`
 * @property {boolean} [downgrade] true when the new Camunda version is older than the pinned one
 * @property {string} [oldVersion] the pinned Camunda version
 * @property {string} [newVersion] the new Camunda version
 * @property {string} sha256
 * @property {any} [diff] added, removed, changed, schemaChanges, bump ("major" | "minor" | "patch" | "none")
 * @property {string} [summary] the changeset body
 * @property {string} [report] the whole diff (API-DIFF.md)
 * @property {string} [changesetFile]
 * @property {string} [diffFile]
 * @property {string[]} written
 */

/**
 * Runs the whole update. Every path is injectable; `now` fixes the date. Returns what it wrote.
 *
 * @param {UpdateOptions} options
 * @returns {Promise<UpdateResult>}
 * @throws {SpecUpdateError} with one of the codes of errors.mjs; nothing has been written then
 * @example
 * const r = await updateSpec({ input: "spec/history/camunda-8.8-rest-api.yaml" });
 * r.diff.bump; // "major" | "minor" | "patch"
 */
export async function updateSpec({
  input,
  camundaVersion = undefined,
  gitRef = undefined,
  sourceNote = undefined,
  specDir = defaultSpecDir,
  generatedDir = defaultOutDir,
  changesetDir = defaultChangesetDir,
  clientDir = defaultClientDir,
  diffFile = undefined,
  now = new Date(),
  cwd = process.env.INIT_CWD ?? process.cwd(),
  fetch = globalThis.fetch,
  dryRun = false,
}) {
  const old = await as(SPEC_UNREADABLE, `cannot read the pinned spec in ${specDir} (spec-meta.json and its file)`, () => readSpecSource(specDir));
  const got = await readInput(input, { cwd, fetch, gitRef });
  const newDoc = validateSpec(got.bytes.toString("utf8"), got.label);
  const newVersion = camundaVersionOf(camundaVersion, got.name, gitRef);
  const newSha = createHash("sha256").update(got.bytes).digest("hex");
  if (newSha === old.sha256 && newVersion === old.meta.camundaVersion) return { unchanged: true, sha256: newSha, written: [] };

  const diff = await as(SPEC_INVALID, `cannot diff ${got.label} against the pinned spec`, () => diffSpecs(parse(old.text), newDoc));
  const downgrade = compareVersions(newVersion, old.meta.camundaVersion) < 0;
  const date = now.toISOString().slice(0, 10);
  const diffPath = diffFile ?? join(specDir, DIFF_FILE_NAME);
  const shown = (p) => (p.startsWith(repoRoot) ? relative(repoRoot, p) : p);
  const meta = { oldVersion: old.meta.camundaVersion, newVersion, oldSha: old.sha256, newSha, date, downgrade, diffFile: shown(diffPath) };
  const newMeta = { ...old.meta, camundaVersion: newVersion, sha256: newSha };

  // Generate and type-check in a temporary copy first: nothing is written unless the new code compiles.
  const work = makeTempDir("c8rest-spec-update-");
  try {
    const tmpSpec = join(work, "spec");
    const tmpOut = join(work, "generated");
    mkdirSync(tmpSpec);
    writeFileSync(join(tmpSpec, old.meta.file), got.bytes);
    writeFileSync(join(tmpSpec, "spec-meta.json"), JSON.stringify(newMeta, null, 2) + "\n");
    const { files, operations } = await as(SPEC_INVALID, `cannot generate the client from ${got.label}`, () => generate({ outDir: tmpOut, specDir: tmpSpec }));
    const errors = compileGenerated({ generatedDir: tmpOut, clientDir });
    if (errors.length > 0) {
      throw new SpecUpdateError(
        SPEC_INVALID,
        `the code generated from ${got.label} does not compile with the client's sources (${errors.length} error(s)); nothing was written. First errors:\n${formatCompileErrors(errors)}`,
      );
    }
    const report = renderReport(diff, meta);
    if (dryRun) {
      const written = [];
      if (diffFile) {
        await as(SPEC_WRITE_FAILED, `cannot write ${diffFile}`, () => writeAtomic(diffFile, report));
        written.push(diffFile);
      }
      return { unchanged: false, dryRun: true, downgrade, oldVersion: meta.oldVersion, newVersion, sha256: newSha, diff, summary: renderSummary(diff, { ...meta, diffFile: diffFile && shown(diffFile) }), report, written };
    }

    const sourcePath = join(specDir, "SOURCE.md");
    const stats = `${newDoc.openapi} (${Object.keys(newDoc.paths).length} paths, ${operations} operations, ${Object.keys(newDoc.components?.schemas ?? {}).length} schemas)`;
    /** @type {Array<[string, string]>} */
    const rows = [
      ["Camunda version", newVersion],
      ["source", sourceNote ?? `\`${shown(got.label)}\``],
      ...(got.git ? [/** @type {[string, string]} */ (["git", `ref \`${got.git.ref}\`, commit \`${got.git.commit}\`, path \`${got.git.path}\``])] : []),
      ["made into one file by", got.bundledWith ? `\`${got.bundledWith}\` bundle of ${got.files} files (the same bytes as \`redocly bundle --ext yaml\`)` : "(already one file; bytes unchanged)"],
      ["file", `\`${old.meta.file}\``],
      ["sha256", `\`${newSha}\``],
      ["OpenAPI version", stats],
      ["updated on", date],
      ["updated by", "`npm run spec:update` (API diff: `" + meta.diffFile + "`)"],
      ["previous spec", `Camunda ${old.meta.camundaVersion}, sha256 \`${old.sha256}\`${downgrade ? " (this update is a downgrade)" : ""}`],
    ];
    const source = renderSource(existsSync(sourcePath) ? readFileSync(sourcePath, "utf8") : "", rows);
    const changesetFile = changesetPath(changesetDir, `spec-${old.meta.camundaVersion}-to-${newVersion}-${newSha.slice(0, 8)}`.replace(/[^\w.-]/g, "_"));

    /** @type {string[]} */
    const written = [];
    const put = (path, data, mode) =>
      as(SPEC_WRITE_FAILED, `cannot write ${path}${written.length ? ` (already replaced: ${written.map(shown).join(", ")})` : ""}`, () => {
        writeAtomic(path, data, mode);
        written.push(path);
      });
    for (const f of files) await put(join(generatedDir, f), readFileSync(join(tmpOut, f)));
    await put(old.path, got.bytes, statSync(old.path).mode & 0o777);
    await put(join(specDir, "spec-meta.json"), JSON.stringify(newMeta, null, 2) + "\n");
    await put(sourcePath, source);
    await put(diffPath, report);
    await put(changesetFile, renderChangeset(diff, meta));
    return { unchanged: false, downgrade, oldVersion: meta.oldVersion, newVersion, sha256: newSha, diff, summary: renderSummary(diff, meta), report, changesetFile, diffFile: diffPath, written };
  } finally {
    removeTempDir(work);
  }
}

/**
 * The command line: runs updateSpec with the parsed arguments and prints the outcome; returns the exit code.
 *
 * @param {string[]} argv
 * @param {{ log?: (s: string) => void, error?: (s: string) => void }} [io]
 * @returns {Promise<number>}
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv, { log = console.log, error = console.error } = {}) {
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      log(HELP);
      return 0;
    }
    const r = await updateSpec(/** @type {UpdateOptions} */ (opts));
    if (r.unchanged) {
      log(`spec:update: the spec is unchanged (sha256 ${r.sha256.slice(0, 12)}...); nothing written.`);
      return 0;
    }
    if (r.downgrade) log(`DOWNGRADE: the new spec (Camunda ${r.newVersion}) is older than the pinned one (Camunda ${r.oldVersion}).`);
    if (r.dryRun) {
      log(opts.diffFile ? r.summary ?? "" : r.report ?? "");
      for (const p of r.written) log(`wrote ${relative(process.cwd(), p) || p}`);
      log(`spec:update --dry-run: ${r.diff.bump}${r.downgrade ? " (a downgrade)" : ""}; the generated code compiles; nothing ${r.written.length ? "else " : ""}written.`);
      return 0;
    }
    log(r.summary ?? "");
    for (const p of r.written) log(`wrote ${relative(process.cwd(), p) || p}`);
    log(`spec:update: ${r.diff.bump}${r.downgrade ? " (a downgrade)" : ""} (changeset ${relative(process.cwd(), r.changesetFile ?? "")})`);
    log(NEXT_STEPS);
    return 0;
  } catch (e) {
    const code = e instanceof SpecUpdateError ? e.code : "C8REST_SPEC_INTERNAL";
    error(`spec:update FAILED (${code}): ${e?.message ?? e}`);
    error(code === SPEC_WRITE_FAILED ? "Some files may have been replaced (listed above); restore them with git checkout." : "Nothing was changed.");
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
