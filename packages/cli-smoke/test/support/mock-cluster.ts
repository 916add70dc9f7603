// The one place the tests get their mock cluster from (started once by global-setup.ts): today the mock stack of
// src/mock (when @c8rest/mock-cluster is on main, its startMockCluster, given the same spec), on a copy of the spec with
// - a numeric example on every key field: Prism's static answers would otherwise hold the literal "string" for a
//   key, which the next call's key path parameter (`^-?[0-9]+$`) refuses;
// - the JSON-encoded parts of multipart bodies (document `metadata`, `metadataList`) typed as strings: Prism reads
//   every form part as a string and never parses a part's JSON, so it would refuse any correct upload with metadata.
//   Their encoding is checked byte for byte against a local server in @c8rest/client's tests instead.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { DEFAULT_SPEC_FILE } from "../../src/mock/derive-mock-spec.js";
import { startMockStack, type MockStack } from "../../src/mock/mock-stack.js";

type Json = Record<string, unknown>;
const KEY_PATTERN = "^-?[0-9]+$";
export const EXAMPLE_KEY = "2251799813685249";

function isKey(doc: Json, node: unknown, depth = 0): boolean {
  if (!node || typeof node !== "object" || depth > 8) return false;
  const n = node as Json;
  if (typeof n["$ref"] === "string") {
    const target = (n["$ref"] as string).replace(/^#\//, "").split("/").reduce<unknown>((o, k) => (o as Json | undefined)?.[k], doc);
    return isKey(doc, target, depth + 1);
  }
  if (n["type"] === "string" && n["pattern"] === KEY_PATTERN) return true;
  return Array.isArray(n["allOf"]) && n["allOf"].some((s) => isKey(doc, s, depth + 1));
}

/**
 * Gives every key property without an example of its own a numeric one (the input is changed). Prism's sampler
 * ignores an example beside an `allOf`, so the property becomes the plain key schema it stands for.
 */
export function withKeyExamples(doc: Json): Json {
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    const properties = (node as Json)["properties"];
    if (properties && typeof properties === "object") {
      for (const p of Object.values(properties as Json)) {
        if (!p || typeof p !== "object" || "example" in p || !isKey(doc, p)) continue;
        delete (p as Json)["allOf"];
        delete (p as Json)["$ref"];
        Object.assign(p, { type: "string", pattern: KEY_PATTERN, example: EXAMPLE_KEY });
      }
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(doc);
  return doc;
}

const METHODS = ["get", "put", "post", "delete", "patch"];

/** Types the JSON parts (non-binary objects and lists of them) of every multipart body as strings (the input is changed). */
export function withStringJsonParts(doc: Json): Json {
  const resolve = (node: unknown): Json => {
    const n = (node ?? {}) as Json;
    return typeof n["$ref"] === "string"
      ? resolve((n["$ref"] as string).replace(/^#\//, "").split("/").reduce<unknown>((o, k) => (o as Json | undefined)?.[k], doc))
      : n;
  };
  for (const item of Object.values((doc["paths"] ?? {}) as Json)) {
    for (const method of METHODS) {
      const media = (((item as Json)[method] as Json | undefined)?.["requestBody"] as Json | undefined)?.["content"] as Json | undefined;
      const properties = resolve((media?.["multipart/form-data"] as Json | undefined)?.["schema"])["properties"] as Json | undefined;
      for (const [name, schema] of Object.entries(properties ?? {})) {
        const s = resolve(schema);
        const items = s["type"] === "array" ? resolve(s["items"]) : undefined;
        const isJson = (x: Json) => x["type"] === "object" || x["properties"] !== undefined || x["allOf"] !== undefined;
        if (isJson(s) || (items && isJson(items))) properties![name] = { type: "string", description: "JSON (mock: Prism reads parts as strings)" };
      }
    }
  }
  return doc;
}

/** Starts the mock cluster of the test run (global-setup.ts stops it). */
export async function startMockCluster(): Promise<MockStack> {
  const dir = await mkdtemp(join(tmpdir(), "c8rest-cookbook-spec-"));
  const specFile = join(dir, "spec.json");
  await writeFile(specFile, JSON.stringify(withStringJsonParts(withKeyExamples(parse(await readFile(DEFAULT_SPEC_FILE, "utf8")) as Json))));
  try {
    return await startMockStack({ specFile, timeoutMs: 60_000 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
