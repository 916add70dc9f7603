// Derives the mock-only copy of the spec that Prism serves, in memory (never written into spec/).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { setResponseExamples } from "./response-examples.js";
import { specFileCamundaVersion } from "./spec-version.js";

/** The path prefix a real cluster serves the API under (the spec's `servers` URL ends in it). */
export const MOCK_API_PREFIX = "/v2";

/**
 * The spec this package was released with (`spec/camunda-rest-api.yaml` of the package, copied from the
 * repository's pinned spec at build; src/ and dist/ are both one level below the package).
 */
export const DEFAULT_SPEC_FILE = fileURLToPath(new URL("../spec/camunda-rest-api.yaml", import.meta.url));

type Json = Record<string, unknown>;

/**
 * Returns a mock-only copy of an OpenAPI 3.0 document, for Prism 5.14.2:
 * - every path prefixed with `/v2` (Prism ignores the base path of `servers`, a real cluster does not), but for
 *   operations with their own `servers` (Camunda 8.10's `/cluster/v2/...`), which get the path of their server;
 * - a root `security` with the spec's bearer scheme (`BearerAuth` in 8.8/8.9, `bearerAuth` in 8.10), so every
 *   operation without its own `security` needs a bearer token (Prism enforces security only where it is declared);
 * - a schema with `additionalProperties: false` beside an `allOf` also declares the properties of its `allOf`
 *   members (as `{}`; the members still check them): JSON Schema would otherwise reject them (8.10's search
 *   queries reject their own `page`), which is not what the spec means;
 * - the `oneOf` of `SearchQueryPageRequest` turned into `anyOf`: its page variants overlap, so with `oneOf`
 *   Prism rejects every valid search that has a `page` object;
 * - likewise every `oneOf` whose variants are all plain strings (e.g. `ResourceKey`: a process definition, form or
 *   decision key, all `^-?[0-9]+$`): a value matches all of them, so no value could pass "exactly one";
 * - a `type` beside a `oneOf`/`anyOf` dropped: the variants carry their types (8.8 writes `type: object` beside
 *   filters whose first variant is a plain string, which no string could then pass), as the generated types read it;
 * - a multipart array of files (`resources` of `/deployments`, `files` of `/documents/batch`) also accepts one
 *   file: Prism reads every form part as a single string (the last part of a name wins), never as an array;
 * - a multipart part the spec encodes as JSON (document `metadata`, `metadataList`) is typed as a string: Prism
 *   reads every part as a string and never parses its JSON, so it would refuse every correct upload with metadata;
 * - every response content gets an example generated from its schema (see `setResponseExamples`), so Prism's
 *   answers validate against the spec it serves; the topology reports `options.camundaVersion` (default: read
 *   from the spec, see `camundaVersion`).
 * The input is not modified.
 *
 * @example
 * const mock = deriveMockSpec(parse(await readFile("spec/camunda-rest-api.yaml", "utf8")));
 * Object.keys(mock.paths)[0]; // "/v2/..."
 */
export function deriveMockSpec(spec: Json, options: { camundaVersion?: string } = {}): Json {
  const copy = structuredClone(spec) as Json & { paths?: Json; components?: { schemas?: Json; securitySchemes?: Json } };
  const paths: Json = {};
  for (const [path, item] of Object.entries(copy.paths ?? {})) {
    for (const [base, part] of splitByServer(item as Json)) paths[`${base}${path}`] = part;
  }
  copy.paths = paths;
  copy.servers = [{ url: "http://127.0.0.1" }];
  copy.security = [{ [bearerSchemeName(copy.components?.securitySchemes ?? {})]: [] }];
  const page = copy.components?.schemas?.["SearchQueryPageRequest"] as Json | undefined;
  if (page && Array.isArray(page["oneOf"])) {
    page["anyOf"] = page["oneOf"];
    delete page["oneOf"];
  }
  const schemas = (copy.components?.schemas ?? {}) as Record<string, Json>;
  for (const item of Object.values(paths)) relaxMultipartParts(copy, item as Json);
  forEachSchema(copy, (node) => {
    if (node["additionalProperties"] === false && Array.isArray(node["allOf"])) declareAllOfProperties(schemas, node);
    if ("type" in node && (Array.isArray(node["oneOf"]) || Array.isArray(node["anyOf"]))) delete node["type"];
    const variants = node["oneOf"];
    if (Array.isArray(variants) && variants.length > 1 && variants.every((v) => isPlainString(schemas, v))) {
      node["anyOf"] = variants;
      delete node["oneOf"];
    }
  });
  setResponseExamples(copy, options.camundaVersion);
  return copy;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** The path of a Server Object's URL with its variables at their defaults (OpenAPI 3.0.3 §4.7.5), or undefined. */
function serverBasePath(server: unknown): string | undefined {
  const { url, variables = {} } = (server ?? {}) as { url?: unknown; variables?: Record<string, { default?: string }> };
  if (typeof url !== "string") return undefined;
  const concrete = url.replace(/\{([^}]*)\}/g, (_, name: string) => variables[name]?.default ?? "x");
  return new URL(concrete, "http://localhost").pathname.replace(/\/+$/, "");
}

/**
 * Where a cluster serves an operation, relative to its address: the path of the operation's or its path item's own
 * `servers` (OpenAPI 3.0.3 §4.7.9, §4.7.10: they override the root `servers`; `""` for Camunda 8.10's
 * `/cluster/v2/...`), else `/v2`. See https://spec.openapis.org/oas/v3.0.3#path-item-object
 *
 * @example
 * operationBasePath(spec.paths["/cluster/v2/topology"], "get"); // ""
 * operationBasePath(spec.paths["/topology"], "get"); // "/v2"
 */
export function operationBasePath(pathItem: Json, method: string): string {
  const own = ((pathItem[method] as Json | undefined)?.["servers"] ?? pathItem["servers"]) as unknown[] | undefined;
  return serverBasePath(own?.[0]) ?? MOCK_API_PREFIX;
}

/** A path item split by where its operations are served: `/v2`, or the path of their own `servers`. */
function splitByServer(item: Json): Map<string, Json> {
  const { servers: _servers, ...common } = item;
  const shared = Object.fromEntries(Object.entries(common).filter(([k]) => !METHODS.includes(k)));
  const parts = new Map<string, Json>();
  for (const [method, op] of Object.entries(common)) {
    if (!METHODS.includes(method)) continue;
    const { servers: _own, ...operation } = op as Json;
    const base = operationBasePath(item, method);
    parts.set(base, { ...(parts.get(base) ?? shared), [method]: operation });
  }
  return parts;
}

/** The name of the spec's HTTP bearer security scheme (its name changed between Camunda versions). */
function bearerSchemeName(schemes: Json): string {
  const found = Object.entries(schemes).find(([, s]) => (s as Json)["type"] === "http" && String((s as Json)["scheme"]).toLowerCase() === "bearer");
  return found?.[0] ?? "BearerAuth";
}

/** Adds `{}` for every property an `allOf` member declares (at any depth) that the node itself does not. */
function declareAllOfProperties(schemas: Record<string, Json>, node: Json): void {
  const names = new Set<string>();
  const collect = (n: unknown, depth: number): void => {
    if (depth > 10 || !n || typeof n !== "object") return;
    const ref = (n as Json)["$ref"];
    if (typeof ref === "string") return collect(ref.startsWith("#/components/schemas/") ? schemas[ref.slice(21)] : undefined, depth + 1);
    for (const name of Object.keys(((n as Json)["properties"] ?? {}) as Json)) names.add(name);
    for (const member of ((n as Json)["allOf"] ?? []) as unknown[]) collect(member, depth + 1);
  };
  for (const member of node["allOf"] as unknown[]) collect(member, 0);
  const own = (node["properties"] ?? {}) as Json;
  const missing = [...names].filter((name) => !(name in own));
  if (missing.length > 0) node["properties"] = { ...own, ...Object.fromEntries(missing.map((name) => [name, {}])) };
}

function relaxMultipartParts(doc: Json, pathItem: Json): void {
  const resolve = (node: unknown, depth = 0): Json => {
    const n = (node ?? {}) as Json;
    const ref = n["$ref"];
    if (typeof ref !== "string" || depth > 10) return n;
    return resolve(ref.replace(/^#\//, "").split("/").reduce<unknown>((o, k) => (o as Json | undefined)?.[k], doc), depth + 1);
  };
  const isJson = (x: Json) => x["type"] === "object" || x["properties"] !== undefined || x["allOf"] !== undefined;
  for (const operation of Object.values(pathItem)) {
    const content = ((operation as Json | undefined)?.["requestBody"] as Json | undefined)?.["content"] as Json | undefined;
    const schema = resolve((content?.["multipart/form-data"] as Json | undefined)?.["schema"]);
    const properties = schema["properties"] as Record<string, Json> | undefined;
    for (const [name, property] of Object.entries(properties ?? {})) {
      const p = resolve(property);
      const items = p["type"] === "array" ? resolve(p["items"]) : undefined;
      if (items?.["type"] === "string" && items["format"] === "binary") {
        properties![name] = { anyOf: [p, items] };
      } else if (isJson(p) || (items && isJson(items))) {
        properties![name] = { type: "string", description: "JSON (mock: Prism reads every form part as a string)" };
      }
    }
  }
}

function isPlainString(schemas: Record<string, Json>, node: unknown, depth = 0): boolean {
  if (depth > 10 || !node || typeof node !== "object") return false;
  const schema = node as Json;
  const ref = schema["$ref"];
  if (typeof ref === "string") {
    return ref.startsWith("#/components/schemas/") && isPlainString(schemas, schemas[ref.slice(21)], depth + 1);
  }
  if ("enum" in schema || "const" in schema || "oneOf" in schema || "anyOf" in schema) return false;
  const parts = Array.isArray(schema["allOf"]) ? (schema["allOf"] as unknown[]) : [];
  const typed = schema["type"] === "string" || parts.some((p) => isPlainString(schemas, p, depth + 1));
  return typed && parts.every((p) => isPlainString(schemas, p, depth + 1));
}

function forEachSchema(node: unknown, visit: (schema: Json) => void): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const item of node) forEachSchema(item, visit);
    return;
  }
  visit(node as Json);
  for (const value of Object.values(node)) forEachSchema(value, visit);
}

/**
 * Reads a spec (YAML or JSON) and derives the mock spec from it; its topology reports the file's Camunda version
 * (see `specFileCamundaVersion`: the `spec-meta.json` beside it, or the spec's own marks).
 *
 * @throws {Error} when the file cannot be read or parsed; the message names it.
 * @example
 * const mock = await loadMockSpec(); // the bundled Camunda spec
 */
export async function loadMockSpec(specFile: string = DEFAULT_SPEC_FILE): Promise<Json> {
  let source: Json;
  let text: string;
  try {
    text = await readFile(specFile, "utf8");
    source = parse(text) as Json;
  } catch (error) {
    throw new Error(`Cannot read the spec ${specFile}: ${(error as Error).message}. Pass an OpenAPI 3.0 file (YAML or JSON).`, { cause: error });
  }
  return deriveMockSpec(source, { camundaVersion: specFileCamundaVersion(specFile, text, source) });
}
