// Reads and validates the input of `spec:update`: a local file or an http(s) URL holding an OpenAPI 3.x
// document (YAML or JSON) with at least one path, every operation with an operationId.
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { parse } from "yaml";
import { collectOperations } from "../../packages/generated-client/scripts/operation-table.mjs";

/** The input could not be read (missing file, HTTP error). */
export const SPEC_UNREADABLE = "C8REST_SPEC_UNREADABLE";
/** The input is not an OpenAPI 3.x document with paths. */
export const SPEC_INVALID = "C8REST_SPEC_INVALID";
/** The Camunda version was neither given nor found in the input's name. */
export const SPEC_VERSION_MISSING = "C8REST_SPEC_VERSION_MISSING";

/**
 * An error of `spec:update`; `code` is one of the constants above. Nothing in spec/ has changed when it is thrown.
 *
 * @example
 * try { await updateSpec({ input }); } catch (e) { if (e instanceof SpecUpdateError) console.error(e.message); }
 */
export class SpecUpdateError extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.name = "SpecUpdateError";
    this.code = code;
  }
}

/** A URL without user info, for messages and SOURCE.md. */
function safeUrl(url) {
  const u = new URL(url);
  u.username = "";
  u.password = "";
  return u.href;
}

/**
 * Reads the input: `{ bytes, label, name }` where label is the resolved path or the URL without credentials.
 *
 * @example
 * const { bytes } = await readInput("spec/history/camunda-8.8-rest-api.yaml", { cwd: process.cwd() });
 */
export async function readInput(input, { cwd = process.cwd(), fetch = globalThis.fetch } = {}) {
  if (!input) throw new SpecUpdateError(SPEC_UNREADABLE, "no input: pass the new spec as a file path or http(s) URL");
  if (/^https?:\/\//i.test(input)) {
    const label = safeUrl(input);
    // fetch refuses URLs with user info; send it as Basic auth (RFC 7617) and keep it out of every message.
    const { username, password } = new URL(input);
    const headers = username || password
      ? { authorization: `Basic ${Buffer.from(`${decodeURIComponent(username)}:${decodeURIComponent(password)}`).toString("base64")}` }
      : {};
    let res;
    try {
      res = await fetch(label, { headers, signal: AbortSignal.timeout(60_000) });
    } catch (cause) {
      throw new SpecUpdateError(SPEC_UNREADABLE, `could not download ${label}: ${cause.message}; check the URL and the network`, { cause });
    }
    if (!res.ok) throw new SpecUpdateError(SPEC_UNREADABLE, `downloading ${label} answered HTTP ${res.status}; check the URL`);
    return { bytes: Buffer.from(await res.arrayBuffer()), label, name: basename(new URL(label).pathname) };
  }
  const path = resolve(cwd, input);
  try {
    return { bytes: await readFile(path), label: path, name: basename(path) };
  } catch (cause) {
    throw new SpecUpdateError(SPEC_UNREADABLE, `cannot read ${path}: ${cause.code ?? cause.message}; pass an existing file`, { cause });
  }
}

/**
 * Parses and checks the document; returns it parsed. Throws SpecUpdateError (SPEC_INVALID) with what to fix.
 *
 * @example
 * const doc = validateSpec(text, "camunda-8.9.yaml"); // OpenAPI 3.x with paths, else throws
 */
export function validateSpec(text, label) {
  let doc;
  try {
    doc = parse(text);
  } catch (cause) {
    throw new SpecUpdateError(SPEC_INVALID, `${label} is not YAML or JSON (${cause.message.split("\n")[0]}); pass an OpenAPI 3.x document`, { cause });
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
    throw new SpecUpdateError(SPEC_INVALID, `${label} is not an OpenAPI document (no top-level object); pass an OpenAPI 3.x document`);
  }
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
  if (ops.length === 0) throw new SpecUpdateError(SPEC_INVALID, `${label} has paths but no operations`);
  const ids = new Set();
  for (const o of ops) {
    if (ids.has(o.operationId)) throw new SpecUpdateError(SPEC_INVALID, `${label}: operationId ${o.operationId} is used twice; operationIds must be unique`);
    ids.add(o.operationId);
  }
  return doc;
}

/**
 * The Camunda version: the option if given, else an `X.Y` in the input's file name (camunda-8.8-rest-api.yaml).
 *
 * @example
 * camundaVersionOf(undefined, "camunda-8.8-rest-api.yaml"); // "8.8"
 */
export function camundaVersionOf(option, name) {
  if (option) {
    if (!/^\d+\.\d+(\.\d+)?$/.test(option)) throw new SpecUpdateError(SPEC_VERSION_MISSING, `--camunda-version ${option} is not X.Y or X.Y.Z`);
    return option;
  }
  const m = /(?:^|[^0-9.])(\d+\.\d+(?:\.\d+)?)(?=[^0-9.]|$)/.exec(name.replace(/\.(ya?ml|json)$/i, ""));
  if (m) return m[1];
  throw new SpecUpdateError(SPEC_VERSION_MISSING, `cannot tell the Camunda version of ${name}: pass --camunda-version X.Y`);
}
