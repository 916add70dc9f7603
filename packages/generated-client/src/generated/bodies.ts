// GENERATED FILE: do not edit by hand. Run `npm run generate` to update it.
// Multipart parts and default-tenant fields of request bodies (scripts/body-facts.mjs).
// Spec: spec/camunda-rest-api.yaml (Camunda 8.9)
// Spec sha256: c59ba2f836eedc04857c9dd42ff8797c2e1f837b293e3c77f3c4ac8e305ad505
/**
 * The multipart/form-data request bodies by `"METHOD /path"`, with the parts sent as JSON (or another content type
 * the value does not tell), from the spec's schema and `encoding` (OpenAPI 3.0.3 Encoding Object defaults).
 * A Blob value is a file part, a string or number a text part, a list repeated parts.
 */
export const multipartBodies: { readonly [route: string]: { readonly [field: string]: string } } = {
  "POST /deployments": {},
  "POST /documents": { "metadata": "application/json" },
  "POST /documents/batch": { "metadataList": "application/json" },
};

/** The request bodies by `"METHOD /path"` with an optional top-level `tenantId` or `tenantIds` (a default tenant fills it). */
export const tenantBodies: { readonly [route: string]: "tenantId" | "tenantIds" } = {
  "POST /conditionals/evaluation": "tenantId",
  "POST /decision-definitions/evaluation": "tenantId",
  "POST /deployments": "tenantId",
  "POST /expression/evaluation": "tenantId",
  "POST /jobs/activation": "tenantIds",
  "POST /messages/correlation": "tenantId",
  "POST /messages/publication": "tenantId",
  "POST /process-instances": "tenantId",
  "POST /signals/broadcast": "tenantId",
};
