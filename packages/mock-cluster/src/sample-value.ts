// Deterministic values from OpenAPI 3.0 schemas that satisfy them: enums, patterns, formats, lengths, ranges,
// `required`, `allOf`, `oneOf` with a discriminator. Used for the mock spec's response examples (every property)
// and for minimal valid requests (required properties only).

/** A JSON Schema object of an OpenAPI 3.0 document. */
export type JsonSchema = Record<string, unknown>;
/** A parsed OpenAPI 3.0 document. */
export type SpecDocument = Record<string, unknown>;

/**
 * Follows a local `$ref` (`#/components/...`) until it reaches a schema without one.
 *
 * @example
 * resolveRef(spec, { $ref: "#/components/schemas/ProcessInstanceKey" }); // { type: "string", pattern: ... }
 */
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
      .reduce<Record<string, unknown>>((obj, key) => obj?.[key] as Record<string, unknown>, spec);
    if (current === undefined) throw new Error(`$ref ${ref} does not resolve`);
  }
  return current as T;
}

// Tried in order against pattern and length constraints; the first that fits wins. A key-like number comes first
// for patterned strings (Camunda's keys are int64 as strings, `^-?[0-9]+$`).
const PATTERN_CANDIDATES = ["2251799813685249", "demo", "demo-1", "a", "1-1", "<default>", "ZGVtbw==", "demo_1", "x", "1"];
const PLAIN_CANDIDATES = ["demo", "1", "x"];
const FORMATS: Record<string, string> = {
  "date-time": "2025-01-01T00:00:00.000Z",
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
  for (const candidate of pattern ? PATTERN_CANDIDATES : PLAIN_CANDIDATES) {
    const padded = candidate.length < min ? candidate + "1".repeat(min - candidate.length) : candidate;
    if (fits(padded)) return padded;
  }
  throw new Error(`no sample string fits ${JSON.stringify(schema)}`);
}

function sampleNumber(schema: JsonSchema): number {
  const min = typeof schema["minimum"] === "number" ? schema["minimum"] : undefined;
  const max = typeof schema["maximum"] === "number" ? schema["maximum"] : undefined;
  const example = schema["example"];
  const inRange = (n: number): boolean =>
    (min === undefined || (schema["exclusiveMinimum"] === true ? n > min : n >= min)) &&
    (max === undefined || (schema["exclusiveMaximum"] === true ? n < max : n <= max)) &&
    (schema["type"] !== "integer" || Number.isInteger(n));
  if (typeof example === "number" && inRange(example)) return example;
  let value = min !== undefined ? Math.max(min, 1) : 1;
  if (max !== undefined && value > max) value = max;
  if (schema["exclusiveMinimum"] === true && min !== undefined && value <= min) value = min + 1;
  return schema["type"] === "integer" ? Math.ceil(value) : value;
}

/**
 * One schema equivalent to an `allOf` for sampling: properties merged, `required` united, any other keyword taken
 * from the first schema that has it (the outer one first).
 *
 * @example
 * flattenAllOf(spec, { allOf: [{ $ref: "#/components/schemas/A" }, { required: ["b"] }] });
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

/** Options of {@link sampleValue}. */
export interface SampleOptions {
  /** Also fill optional properties (default false: only `required` ones), down to a nesting depth of 6. */
  optional?: boolean;
}

interface Walk {
  spec: SpecDocument;
  optional: boolean;
  /** `$ref`s on the way down: a schema that contains itself gets only its required properties the second time. */
  refs: readonly string[];
}

/**
 * A value valid against `schema` (resolved in `spec`): the first enum value, strings that fit their pattern, format
 * and length (the schema's example when it fits), numbers in range, `oneOf`/`anyOf` as their first variant (the
 * discriminator set to that variant's value). Deterministic.
 *
 * @example
 * sampleValue(spec, { $ref: "#/components/schemas/ProcessInstanceKey" }); // "2251799813685249"
 * sampleValue(spec, schema, { optional: true }); // with every optional property
 */
export function sampleValue(spec: SpecDocument, node: unknown, options: SampleOptions = {}): unknown {
  return sample({ spec, optional: options.optional === true, refs: [] }, node, 0);
}

function sample(walk: Walk, node: unknown, depth: number): unknown {
  if (depth > 40) throw new Error("schema nesting too deep for a sample");
  const ref = typeof (node as JsonSchema | undefined)?.["$ref"] === "string" ? String((node as JsonSchema)["$ref"]) : undefined;
  const schema = resolveRef(walk.spec, node);
  const seen = ref !== undefined && walk.refs.includes(ref);
  const inner: Walk = ref === undefined ? walk : { ...walk, refs: [...walk.refs, ref], optional: walk.optional && !seen };
  if ("const" in schema) return schema["const"];
  if (Array.isArray(schema["enum"]) && schema["enum"].length > 0) return schema["enum"].find((v) => v !== null) ?? null;
  if (Array.isArray(schema["allOf"])) return sample(inner, flattenAllOf(walk.spec, schema), depth + 1);
  const variants = (schema["oneOf"] ?? schema["anyOf"]) as unknown[] | undefined;
  if (Array.isArray(variants) && variants.length > 0) return sampleVariant(inner, schema, variants, depth);
  const type = schema["type"] ?? (schema["properties"] ? "object" : undefined);
  switch (type) {
    case "object":
      return sampleObject(inner, schema, depth);
    case "array": {
      const min = typeof schema["minItems"] === "number" ? schema["minItems"] : 0;
      const count = inner.optional && depth < 12 ? Math.max(min, 1) : min;
      return Array.from({ length: count }, () => sample(inner, schema["items"] ?? {}, depth + 1));
    }
    case "string":
      return sampleString(schema);
    case "integer":
    case "number":
      return sampleNumber(schema);
    case "boolean":
      return typeof schema["example"] === "boolean" ? schema["example"] : false;
    default:
      return {};
  }
}

function sampleObject(walk: Walk, schema: JsonSchema, depth: number): Record<string, unknown> {
  const properties = (schema["properties"] ?? {}) as Record<string, unknown>;
  const required = new Set((schema["required"] ?? []) as string[]);
  const names = walk.optional && depth < 12 ? [...new Set([...required, ...Object.keys(properties)])] : [...required];
  const out: Record<string, unknown> = {};
  for (const name of names) out[name] = name in properties ? sample(walk, properties[name], depth + 1) : "demo";
  return out;
}

function sampleVariant(walk: Walk, schema: JsonSchema, variants: unknown[], depth: number): unknown {
  const value = sample(walk, variants[0], depth + 1);
  const discriminator = schema["discriminator"] as { propertyName?: string; mapping?: Record<string, string> } | undefined;
  if (discriminator?.propertyName && value && typeof value === "object") {
    const first = (variants[0] as JsonSchema)["$ref"];
    const mapped = Object.entries(discriminator.mapping ?? {}).find(([, target]) => target === first)?.[0];
    const name = mapped ?? (typeof first === "string" ? first.split("/").pop() : undefined);
    if (name !== undefined) (value as Record<string, unknown>)[discriminator.propertyName] = name;
  }
  return value;
}
