// Builds one contract request per operation from the spec: its examples, or minimal valid values.
import { sampleValue, type JsonSchema, type SpecDocument } from "../../src/sample-value.js";
import type { SpecOperation } from "./spec-operations.js";

export interface ContractRequest {
  params: { path: Record<string, unknown>; query: Record<string, unknown> };
  /** JSON value, or FormData for multipart operations. */
  body?: unknown;
  /** How openapi-fetch should read the success body, from the documented content type. */
  parseAs: "json" | "text" | "arrayBuffer";
}

// A deployable resource, so the multipart request carries a real file part.
const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:c8rest">
  <bpmn:process id="c8rest-contract" isExecutable="true"><bpmn:startEvent id="start"/></bpmn:process>
</bpmn:definitions>
`;

function isBinary(spec: SpecDocument, schema: unknown): boolean {
  const s = schema as JsonSchema;
  return s["type"] === "string" && (s["format"] === "binary" || s["format"] === "base64");
}

/** A FormData with every required part; files are real Blobs. */
function multipartBody(spec: SpecDocument, schema: JsonSchema): FormData {
  const form = new FormData();
  const properties = (schema["properties"] ?? {}) as Record<string, JsonSchema>;
  for (const name of (schema["required"] ?? []) as string[]) {
    const prop = properties[name] ?? {};
    if (isBinary(spec, prop)) {
      form.append(name, new Blob(["c8rest contract test\n"], { type: "text/plain" }), "contract.txt");
    } else if (prop["type"] === "array" && isBinary(spec, prop["items"])) {
      const count = Math.max(1, typeof prop["minItems"] === "number" ? prop["minItems"] : 1);
      for (let i = 0; i < count; i++) {
        form.append(name, new Blob([BPMN], { type: "application/xml" }), `contract-${i}.bpmn`);
      }
    } else {
      const value = sampleValue(spec, prop);
      form.append(name, typeof value === "string" ? value : JSON.stringify(value));
    }
  }
  return form;
}

function parseAsFor(operation: SpecOperation): ContractRequest["parseAs"] {
  const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"));
  const types = success?.[1] ?? [];
  if (types.length === 0 || types.some((t) => t.includes("json"))) return "json";
  if (types.some((t) => t.startsWith("text/") || t.includes("xml"))) return "text";
  return "arrayBuffer";
}

/** The request of the contract case of `operation`. */
export function buildRequest(spec: SpecDocument, operation: SpecOperation): ContractRequest {
  const request: ContractRequest = { params: { path: {}, query: {} }, parseAs: parseAsFor(operation) };
  for (const parameter of operation.parameters) {
    if (parameter.in !== "path" && !(parameter.in === "query" && parameter.required)) continue;
    const value = parameter.example !== undefined ? parameter.example : sampleValue(spec, parameter.schema ?? {});
    request.params[parameter.in === "path" ? "path" : "query"][parameter.name] = value;
  }
  const body = operation.requestBody;
  if (body) {
    if (body.contentType === "multipart/form-data") request.body = multipartBody(spec, body.schema);
    else request.body = body.example !== undefined ? body.example : sampleValue(spec, body.schema);
  }
  return request;
}
