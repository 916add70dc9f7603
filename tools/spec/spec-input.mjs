// Reads the input of `spec:update`: a single-file spec, a multi-file entry (bundled here, see bundle.mjs) or a folder
// holding `rest-api.yaml`, from a local path, an http(s) URL, or a git ref of a local checkout (`--git-ref`).
// Then checks it is an OpenAPI 3.x document whose operations all have an operationId.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { collectOperations } from "../../packages/generated-client/scripts/operation-table.mjs";
import { resolvePointer } from "../../packages/generated-client/scripts/spec-ref.mjs";
import { bundleEntry, externalRefs, BUNDLER } from "./bundle.mjs";
import { makeTempDir, removeTempDir } from "../../config/temp-dir.mjs";
import { SpecUpdateError, SPEC_INVALID, SPEC_UNREADABLE, SPEC_VERSION_MISSING } from "./errors.mjs";

export { SpecUpdateError, SPEC_INVALID, SPEC_UNREADABLE, SPEC_VERSION_MISSING };

/** The entry file upstream publishes (camunda/camunda `zeebe/gateway-protocol/src/main/proto/v2/rest-api.yaml`). */
export const UPSTREAM_ENTRY = "rest-api.yaml";

/**
 * @typedef {object} SpecInput
 * @property {Buffer} bytes the single-file spec (the input's own bytes, or the bundle made from it)
 * @property {string} label the resolved path or the URL without credentials, for messages and SOURCE.md
 * @property {string} name the file name (where a Camunda version may be read)
 * @property {string} [bundledWith] the bundler, when the input was a multi-file entry
 * @property {number} [files] how many files the bundle was made from
 * @property {{ ref: string, commit: string, path: string }} [git] the ref, its commit and the entry's path in the checkout
 */

/** A URL without user info, for messages and SOURCE.md. */
function safeUrl(url) {
  const u = new URL(url);
  u.username = "";
  u.password = "";
  return u.href;
}

async function download(input, fetch) {
  const label = safeUrl(input);
  // fetch refuses URLs with user info; send it as Basic auth (RFC 7617) and keep it out of every message.
  const { username, password } = new URL(input);
  /** @type {Record<string, string>} */
  const headers = {};
  if (username || password) headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(username)}:${decodeURIComponent(password)}`).toString("base64")}`;
  let res;
  try {
    res = await fetch(label, { headers, signal: AbortSignal.timeout(60_000) });
  } catch (cause) {
    throw new SpecUpdateError(SPEC_UNREADABLE, `could not download ${label}: ${cause.message}; check the URL and the network`, { cause });
  }
  if (!res.ok) throw new SpecUpdateError(SPEC_UNREADABLE, `downloading ${label} answered HTTP ${res.status}; check the URL`);
  return { bytes: Buffer.from(await res.arrayBuffer()), label, name: basename(new URL(label).pathname), credentials: !!(username || password) };
}

/** The entry's folder at `ref` of the git checkout it lies in, extracted into `work`; returns the entry's new path. */
function checkout(path, ref, work) {
  const git = (args, opts = {}) => execFileSync("git", args, { cwd: dirname(path), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...opts });
  let top;
  let commit;
  try {
    top = git(["rev-parse", "--show-toplevel"]).trim();
    commit = git(["rev-parse", "--verify", `${ref}^{commit}`]).trim();
  } catch (cause) {
    const why = String(cause.stderr ?? cause.message).trim().split("\n")[0];
    throw new SpecUpdateError(SPEC_UNREADABLE, `--git-ref ${ref}: ${why}; pass a path inside a git checkout and a ref it has (git fetch first)`, { cause });
  }
  const rel = relative(top, path).split("\\").join("/");
  const dir = dirname(rel);
  try {
    const tar = execFileSync("git", ["archive", "--format=tar", commit, "--", dir === "." ? "." : dir], { cwd: top, maxBuffer: 512 * 1024 * 1024 });
    execFileSync("tar", ["-x", "-C", work], { input: tar });
  } catch (cause) {
    throw new SpecUpdateError(SPEC_UNREADABLE, `--git-ref ${ref}: ${rel} is not in commit ${commit.slice(0, 12)} (${String(cause.stderr ?? cause.message).trim().split("\n")[0]})`, { cause });
  }
  return { entry: join(work, rel), git: { ref, commit, path: rel } };
}

/**
 * Reads the input and makes it one file: a multi-file entry (any `$ref` into another file) is bundled.
 *
 * @param {string | undefined} input file, folder or http(s) URL
 * @param {{ cwd?: string, fetch?: typeof globalThis.fetch, gitRef?: string }} [options]
 * @returns {Promise<SpecInput>}
 * @example
 * const { bytes, bundledWith } = await readInput("spec/upstream-8.10/rest-api.yaml", { cwd: process.cwd() });
 */
export async function readInput(input, { cwd = process.cwd(), fetch = globalThis.fetch, gitRef = undefined } = {}) {
  if (!input) throw new SpecUpdateError(SPEC_UNREADABLE, "no input: pass the new spec as a file, a folder with rest-api.yaml or an http(s) URL (see --help)");
  if (/^https?:\/\//i.test(input)) {
    if (gitRef) throw new SpecUpdateError(SPEC_UNREADABLE, "--git-ref needs a path inside a local git checkout, not a URL");
    const got = await download(input, fetch);
    const doc = parseSpec(got.bytes.toString("utf8"), got.label);
    if (externalRefs(doc).length === 0) return got;
    if (got.credentials) {
      throw new SpecUpdateError(SPEC_UNREADABLE, `${got.label} is a multi-file entry; its files cannot be downloaded with credentials: clone the repository and pass the local entry file`);
    }
    const { text, files } = await bundleEntry(got.label, got.label);
    return { bytes: Buffer.from(text), label: got.label, name: got.name, bundledWith: BUNDLER, files };
  }
  let path = resolve(cwd, input);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, UPSTREAM_ENTRY);
  const work = gitRef ? makeTempDir("c8rest-spec-git-") : undefined;
  try {
    const from = work && gitRef ? checkout(path, gitRef, work) : { entry: path, git: undefined };
    let bytes;
    try {
      bytes = await readFile(from.entry);
    } catch (cause) {
      throw new SpecUpdateError(SPEC_UNREADABLE, `cannot read ${path}: ${cause.code ?? cause.message}; pass an existing file or a folder with ${UPSTREAM_ENTRY}`, { cause });
    }
    const label = from.git ? `${from.git.path} at ${from.git.ref} (${from.git.commit.slice(0, 12)})` : path;
    const base = { label, name: basename(path), ...(from.git ? { git: from.git } : {}) };
    if (externalRefs(parseSpec(bytes.toString("utf8"), label)).length === 0) return { bytes, ...base };
    const { text, files } = await bundleEntry(from.entry, label);
    return { bytes: Buffer.from(text), ...base, bundledWith: BUNDLER, files };
  } finally {
    if (work) removeTempDir(work);
  }
}

/** YAML or JSON text -> the top-level object; SPEC_INVALID otherwise. */
function parseSpec(text, label) {
  let doc;
  try {
    doc = parse(text);
  } catch (cause) {
    throw new SpecUpdateError(SPEC_INVALID, `${label} is not YAML or JSON (${cause.message.split("\n")[0]}); pass an OpenAPI 3.x document`, { cause });
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
    throw new SpecUpdateError(SPEC_INVALID, `${label} is not an OpenAPI document (no top-level object); pass an OpenAPI 3.x document`);
  }
  return doc;
}

/**
 * Parses and checks the (single-file) document; returns it parsed. Throws SpecUpdateError (SPEC_INVALID) with what to fix.
 *
 * @param {string} text
 * @param {string} label
 * @returns {any}
 * @example
 * const doc = validateSpec(text, "camunda-8.9.yaml"); // OpenAPI 3.x with paths, else throws
 */
export function validateSpec(text, label) {
  const doc = parseSpec(text, label);
  if (typeof doc.swagger === "string") {
    throw new SpecUpdateError(SPEC_INVALID, `${label} is Swagger ${doc.swagger}, not OpenAPI 3.x; pass the OpenAPI 3.x spec of the Orchestration Cluster API`);
  }
  if (typeof doc.openapi !== "string" || !/^3\.[01]\.\d+$/.test(doc.openapi)) {
    throw new SpecUpdateError(SPEC_INVALID, `${label} has openapi: ${JSON.stringify(doc.openapi ?? null)}; expected an OpenAPI 3.0.x or 3.1.x document`);
  }
  if (!doc.paths || typeof doc.paths !== "object" || Object.keys(doc.paths).length === 0) {
    throw new SpecUpdateError(SPEC_INVALID, `${label} has no paths; pass the full API spec, not a components-only file`);
  }
  let ops;
  try {
    ops = collectOperations(doc);
  } catch (cause) {
    throw new SpecUpdateError(SPEC_INVALID, `${label}: ${cause.message}; every operation needs an operationId`, { cause });
  }
  if (ops.length === 0) {
    throw new SpecUpdateError(SPEC_INVALID, `${label} has paths but no operations (no get/put/post/delete/patch under any path); pass the API's entry file`);
  }
  for (const [ref, where] of localRefs(doc)) {
    try {
      resolvePointer(doc, ref);
    } catch (cause) {
      throw new SpecUpdateError(SPEC_INVALID, `${label}: ${cause.message} (at ${where}); every $ref must point into the document`, { cause });
    }
  }
  const ids = new Set();
  for (const o of ops) {
    if (ids.has(o.operationId)) throw new SpecUpdateError(SPEC_INVALID, `${label}: operationId ${o.operationId} is used twice; operationIds must be unique`);
    ids.add(o.operationId);
  }
  return doc;
}

/** Every `$ref` of the document with the JSON pointer of where it is. */
function localRefs(doc) {
  /** @type {Array<[string, string]>} */
  const out = [];
  const stack = [[doc, "#"]];
  while (stack.length > 0) {
    const [node, at] = /** @type {[any, string]} */ (stack.pop());
    if (!node || typeof node !== "object") continue;
    if (typeof node.$ref === "string") out.push([node.$ref, at]);
    for (const [k, v] of Object.entries(node)) if (v && typeof v === "object") stack.push([v, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`]);
  }
  return out;
}

const VERSION = /(?:^|[^0-9.])(\d+\.\d+(?:\.\d+)?)(?=[^0-9.]|$)/;

/**
 * The Camunda version: the option if given, else an `X.Y` in the input's file name (camunda-8.8-rest-api.yaml),
 * else one in the git ref (`stable/8.10`).
 *
 * @param {string | undefined} option
 * @param {string} name
 * @param {string} [gitRef]
 * @returns {string}
 * @example
 * camundaVersionOf(undefined, "camunda-8.8-rest-api.yaml"); // "8.8"
 * camundaVersionOf(undefined, "rest-api.yaml", "stable/8.10"); // "8.10"
 */
export function camundaVersionOf(option, name, gitRef) {
  if (option) {
    if (!/^\d+\.\d+(\.\d+)?$/.test(option)) throw new SpecUpdateError(SPEC_VERSION_MISSING, `--camunda-version ${option} is not X.Y or X.Y.Z`);
    return option;
  }
  const m = VERSION.exec(name.replace(/\.(ya?ml|json)$/i, "")) ?? (gitRef ? VERSION.exec(gitRef) : null);
  if (m?.[1]) return m[1];
  throw new SpecUpdateError(SPEC_VERSION_MISSING, `cannot tell the Camunda version of ${name}: pass --camunda-version X.Y`);
}

/**
 * Compares two Camunda versions (`8.10` > `8.9`): negative when a is older.
 *
 * @param {string} a
 * @param {string} b
 * @returns {number}
 * @example
 * compareVersions("8.8", "8.10"); // < 0
 */
export function compareVersions(a, b) {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
