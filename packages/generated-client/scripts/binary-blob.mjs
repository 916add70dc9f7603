// openapi-typescript `transform` hook: a `format: binary` string inside a multipart/form-data request body becomes
// `Blob` (a `File` is a `Blob`), since that is what FormData sends. Binary elsewhere (e.g. a download's response)
// keeps openapi-typescript's `string`: that body is read with `parseAs: "blob"` or `"stream"`.
import ts from "typescript";
import { deref, requestBodies } from "./spec-ref.mjs";

// `#/paths/<path>/<method>/requestBody/content/multipart~1form-data...` or `#/components/requestBodies/<name>/content/multipart~1...`
const IN_MULTIPART_BODY = /\/(?:requestBody|requestBodies\/[^/]+)\/content\/multipart~1/;

/** The `#/components/schemas/...` references reachable from a multipart request body. */
export function multipartSchemaRefs(doc) {
  const refs = new Set();
  const visit = (node) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node.$ref === "string") {
      if (refs.has(node.$ref)) return;
      refs.add(node.$ref);
      return visit(deref(doc, { $ref: node.$ref }));
    }
    Object.values(node).forEach(visit);
  };
  for (const { content } of requestBodies(doc)) {
    for (const [media, object] of Object.entries(content)) if (media.startsWith("multipart/")) visit(object.schema);
  }
  return refs;
}

/** The `transform` option for openapi-typescript on `doc`. */
export function binaryAsBlob(doc) {
  const refs = [...multipartSchemaRefs(doc)].map((r) => `${r}/`);
  const blob = ts.factory.createTypeReferenceNode("Blob");
  return (schema, options) => {
    if (schema?.type !== "string" || schema.format !== "binary") return undefined;
    const path = options.path ?? "";
    const inMultipart = IN_MULTIPART_BODY.test(path) || refs.some((r) => `${path}/`.startsWith(r));
    return inMultipart ? blob : undefined;
  };
}
