// The operations of the repository's spec, read at test time (so a spec update brings its new operations along).
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { DEFAULT_SPEC_FILE, operationBasePath } from "../../src/derive-mock-spec.js";
import { resolveRef, type JsonSchema, type SpecDocument } from "../../src/sample-value.js";

/** The spec the mock serves by default (the package's copy of the repository's pinned spec). */
export const SPEC_FILE = DEFAULT_SPEC_FILE;
const METHODS = ["get", "put", "post", "delete", "patch"] as const;
export type Method = (typeof METHODS)[number];

export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
  example?: unknown;
}

export interface SpecOperation {
  operationId: string;
  method: Method;
  /** As in the spec, relative to `basePath`. */
  path: string;
  /** Where a cluster serves it, relative to its address: `/v2`, or the path of its own `servers` (8.10's `""`). */
  basePath: string;
  parameters: SpecParameter[];
  requestBody?: { required: boolean; contentType: string; schema: JsonSchema; example?: unknown };
  /** Documented status codes (and "default") with their response content types. */
  responses: Record<string, string[]>;
  /** The schema of each documented response content, by `"<status> <content type>"`. */
  responseSchemas: Record<string, JsonSchema>;
}

/** Reads and parses the spec. */
export function loadSpec(file: string = SPEC_FILE): SpecDocument {
  return parse(readFileSync(file, "utf8")) as SpecDocument;
}

function firstExample(media: Record<string, unknown>): unknown {
  if ("example" in media) return media["example"];
  const examples = media["examples"] as Record<string, { value?: unknown }> | undefined;
  const first = examples ? Object.values(examples)[0] : undefined;
  return first && "value" in first ? first.value : undefined;
}

/** Every operation of the spec, in spec order. */
export function listOperations(spec: SpecDocument): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(spec["paths"] as Record<string, Record<string, unknown>>)) {
    const item = resolveRef<Record<string, unknown>>(spec, rawItem);
    const shared = ((item["parameters"] ?? []) as unknown[]).map((p) => resolveRef<SpecParameter>(spec, p));
    for (const method of METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op) continue;
      const own = ((op["parameters"] ?? []) as unknown[]).map((p) => resolveRef<SpecParameter>(spec, p));
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const operation: SpecOperation = {
        operationId: String(op["operationId"]),
        method,
        path,
        basePath: operationBasePath(item, method),
        parameters,
        responses: {},
        responseSchemas: {},
      };
      if (op["requestBody"]) {
        const body = resolveRef<Record<string, unknown>>(spec, op["requestBody"]);
        const [contentType, media] = Object.entries(body["content"] as Record<string, Record<string, unknown>>)[0]!;
        const example = firstExample(media);
        operation.requestBody = {
          required: body["required"] === true,
          contentType,
          schema: resolveRef(spec, media["schema"] ?? {}),
          ...(example !== undefined ? { example } : {}),
        };
      }
      for (const [status, rawResponse] of Object.entries(op["responses"] as Record<string, unknown>)) {
        const response = resolveRef<Record<string, unknown>>(spec, rawResponse);
        const content = (response["content"] ?? {}) as Record<string, { schema?: JsonSchema }>;
        operation.responses[status] = Object.keys(content);
        for (const [type, media] of Object.entries(content)) if (media.schema) operation.responseSchemas[`${status} ${type}`] = media.schema;
      }
      out.push(operation);
    }
  }
  return out;
}
