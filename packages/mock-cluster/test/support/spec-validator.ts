// Validates values against the schemas of an OpenAPI 3.0 document with ajv (JSON Schema draft-07 + OpenAPI's
// `nullable`), as a client with strict response validation would.
import { Ajv, type ValidateFunction } from "ajv";
import formatsPlugin from "ajv-formats";
import type { JsonSchema, SpecDocument } from "../../src/sample-value.js";

// ajv-formats is CommonJS with `exports.default`: under ESM interop the plugin is either the module or its default.
const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin) as unknown as (ajv: Ajv) => void;

/** `nullable: true` (OpenAPI 3.0) as JSON Schema: `null` is also valid. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "example" || key === "examples" || key === "discriminator" || key.startsWith("x-")) continue;
    out[key] = key === "$ref" && typeof value === "string" ? value.replace(/^#\//, "spec#/") : toJsonSchema(value);
  }
  if (out["nullable"] === true) {
    delete out["nullable"];
    return { anyOf: [out, { type: "null" }] };
  }
  delete out["nullable"];
  return out;
}

/** A validator for the schemas of `spec` (components reachable by `$ref`). */
export function specValidator(spec: SpecDocument): (schema: JsonSchema, value: unknown) => string[] {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ components: toJsonSchema(spec["components"]) } as object, "spec");
  const cache = new Map<JsonSchema, ValidateFunction>();
  return (schema, value) => {
    let validate = cache.get(schema);
    if (!validate) {
      validate = ajv.compile(toJsonSchema(schema) as object);
      cache.set(schema, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
  };
}
