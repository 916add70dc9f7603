// Deterministic minimal valid values from OpenAPI 3.0 schemas: only required properties, the first enum value,
// the smallest number allowed, strings that satisfy pattern/format/length.
export type JsonSchema = Record<string, unknown>;
export type SpecDocument = Record<string, unknown>;

/** Follows a local `$ref` (`#/components/...`) until it reaches a schema without one. */
export function resolveRef<T = JsonSchema>(spec: SpecDocument, node: unknown): T {
  let current = node as Record<string, unknown>;
  for (let hops = 0; current && typeof current["$ref"] === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${String(current["$ref"])}`);
    const ref = current["$ref"] as string;
    if (!ref.startsWith("#/")) throw new Error(`only local $ref is supported, got ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Record<string, unknown>>((obj, key) => obj[key] as Record<string, unknown>, spec);
    if (current === undefined) throw new Error(`$ref ${ref} does not resolve`);
  }
  return current as T;
}

// Tried in order against pattern and length constraints; the first that fits wins.
const STRING_CANDIDATES = ["1", "demo", "demo-1", "a", "1-1", "<default>", "ZGVtbw==", "demo_1", "x"];
const FORMATS: Record<string, string> = {
  "date-time": "2025-01-01T00:00:00Z",
  date: "2025-01-01",
  uuid: "00000000-0000-4000-8000-000000000001",
  uri: "https://example.com/demo",
  "uri-reference": "/demo",
  email: "demo@example.com",
  byte: "ZGVtbw==",
  base64: "ZGVtbw==",
  binary: "demo",
};

function sampleString(schema: JsonSchema): string {
  const min = typeof schema["minLength"] === "number" ? schema["minLength"] : 0;
  const max = typeof schema["maxLength"] === "number" ? schema["maxLength"] : Infinity;
  const pattern = typeof schema["pattern"] === "string" ? new RegExp(schema["pattern"], "u") : undefined;
  const fits = (s: string): boolean => s.length >= min && s.length <= max && (!pattern || pattern.test(s));
  const format = typeof schema["format"] === "string" ? FORMATS[schema["format"]] : undefined;
  if (format !== undefined && fits(format)) return format;
  if (typeof schema["example"] === "string" && fits(schema["example"])) return schema["example"];
  for (const candidate of STRING_CANDIDATES) {
    const padded = candidate.length < min ? candidate + "1".repeat(min - candidate.length) : candidate;
    if (fits(padded)) return padded;
  }
  throw new Error(`no sample string fits ${JSON.stringify(schema)}`);
}

function sampleNumber(schema: JsonSchema): number {
  const min = typeof schema["minimum"] === "number" ? schema["minimum"] : undefined;
  const max = typeof schema["maximum"] === "number" ? schema["maximum"] : undefined;
  let value = min !== undefined ? Math.max(min, 1) : 1;
  if (max !== undefined && value > max) value = max;
  if (schema["exclusiveMinimum"] === true && min !== undefined && value <= min) value = min + 1;
  return schema["type"] === "integer" ? Math.ceil(value) : value;
}

/**
 * One schema equivalent to an `allOf` for sampling: properties merged, `required` united, any other keyword taken
 * from the first schema that has it (the outer one first).
 */
export function flattenAllOf(spec: SpecDocument, schema: JsonSchema, depth = 0): JsonSchema {
  if (depth > 20) throw new Error("allOf nesting too deep");
  const parts = [schema, ...((schema["allOf"] ?? []) as unknown[]).map((p) => resolveRef(spec, p))];
  const out: JsonSchema = {};
  const properties: Record<string, unknown> = {};
  const required = new Set<string>();
  for (const raw of parts) {
    const part = raw === schema || !Array.isArray(raw["allOf"]) ? raw : flattenAllOf(spec, raw, depth + 1);
    for (const [key, value] of Object.entries(part)) {
      if (key === "allOf") continue;
      if (key === "properties") Object.assign(properties, { ...(value as object), ...properties });
      else if (key === "required") for (const name of value as string[]) required.add(name);
      else if (!(key in out)) out[key] = value;
    }
  }
  if (Object.keys(properties).length > 0) out["properties"] = properties;
  if (required.size > 0) out["required"] = [...required];
  return out;
}

/**
 * A minimal value valid against `schema` (resolved in `spec`): the schema's own example only for strings that
 * fit its constraints, otherwise generated. `oneOf`/`anyOf` take the first variant.
 */
export function sampleValue(spec: SpecDocument, node: unknown, depth = 0): unknown {
  if (depth > 25) throw new Error("schema nesting too deep for a sample");
  const schema = resolveRef(spec, node);
  if ("const" in schema) return schema["const"];
  if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"][0];
  if (Array.isArray(schema["allOf"])) return sampleValue(spec, flattenAllOf(spec, schema), depth + 1);
  const variants = (schema["oneOf"] ?? schema["anyOf"]) as unknown[] | undefined;
  if (Array.isArray(variants) && variants.length > 0) return sampleValue(spec, variants[0], depth + 1);
  const type = schema["type"] ?? (schema["properties"] ? "object" : undefined);
  switch (type) {
    case "object": {
      const properties = (schema["properties"] ?? {}) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const name of (schema["required"] ?? []) as string[]) {
        out[name] = name in properties ? sampleValue(spec, properties[name], depth + 1) : "demo";
      }
      return out;
    }
    case "array": {
      const count = typeof schema["minItems"] === "number" ? schema["minItems"] : 0;
      return Array.from({ length: count }, () => sampleValue(spec, schema["items"], depth + 1));
    }
    case "string":
      return sampleString(schema);
    case "integer":
    case "number":
      return sampleNumber(schema);
    case "boolean":
      return false;
    default:
      return {};
  }
}
