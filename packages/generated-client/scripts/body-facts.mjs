// Facts about request bodies that the client acts on at run time (src/generated/bodies.ts):
// - multipart/form-data bodies: each part's field and the content type it is sent with;
// - bodies with an optional top-level `tenantId` (or `tenantIds` list) that a client's default tenant fills in.
import { deref, requestBodies } from "./spec-ref.mjs";

/** Properties and required names of a (possibly $ref'd, allOf/oneOf/anyOf composed) object schema. */
function objectShape(doc, schema, seen = new Set()) {
  const s = deref(doc, schema);
  const shape = { properties: {}, required: new Set() };
  if (!s || typeof s !== "object" || seen.has(s)) return shape;
  seen.add(s);
  Object.assign(shape.properties, s.properties ?? {});
  for (const name of s.required ?? []) shape.required.add(name);
  for (const part of s.allOf ?? []) {
    const inner = objectShape(doc, part, seen);
    Object.assign(shape.properties, inner.properties);
    for (const name of inner.required) shape.required.add(name);
  }
  for (const key of ["oneOf", "anyOf"]) {
    const variants = (s[key] ?? []).map((part) => objectShape(doc, part, new Set(seen)));
    for (const v of variants) Object.assign(shape.properties, v.properties);
    // A name is required by a oneOf/anyOf only when every variant requires it.
    for (const name of Object.keys(shape.properties)) {
      if (variants.length > 0 && variants.every((v) => v.required.has(name))) shape.required.add(name);
    }
  }
  return shape;
}

const isBinary = (doc, schema) => {
  const s = deref(doc, schema);
  return s?.type === "string" && s.format === "binary";
};

/**
 * The content type of one part, as OpenAPI 3.0.3 §4.8.15 (Encoding Object) says: the `encoding` entry's
 * `contentType` when given; otherwise `application/octet-stream` for binary, `application/json` for an object, and
 * for an array that of its items (`text/plain` for primitives).
 * See https://spec.openapis.org/oas/v3.0.3#encoding-object
 */
function partContentType(doc, schema, encoding) {
  if (typeof encoding?.contentType === "string") return encoding.contentType;
  const s = deref(doc, schema) ?? {};
  if (isBinary(doc, s)) return "application/octet-stream";
  if (s.type === "array") return partContentType(doc, s.items, undefined);
  const composed = ["allOf", "oneOf", "anyOf"].some((k) => Array.isArray(s[k]));
  if (s.type === "object" || s.properties || (composed && Object.keys(objectShape(doc, s).properties).length > 0)) {
    return "application/json";
  }
  return "text/plain";
}

/**
 * `{ "POST /path": { field: contentType } }` for every multipart/form-data request body, listing the parts whose
 * content type the value does not tell: a Blob is a file part and a string or number a text part at run time, so
 * only JSON-encoded parts (and explicit `encoding` content types other than the defaults) are listed.
 */
export function collectMultipartBodies(doc) {
  const out = {};
  for (const { key, content } of requestBodies(doc)) {
    const media = content["multipart/form-data"];
    if (!media) continue;
    const { properties } = objectShape(doc, media.schema);
    const fields = {};
    for (const name of Object.keys(properties).sort()) {
      const type = partContentType(doc, properties[name], media.encoding?.[name]);
      if (type !== "application/octet-stream" && type !== "text/plain") fields[name] = type;
    }
    out[key] = fields;
  }
  return out;
}

/**
 * `{ "POST /path": "tenantId" | "tenantIds" }` for every operation whose request body (JSON or multipart) has an
 * optional top-level `tenantId` (a string) or `tenantIds` (a list of them). A required `tenantId` (e.g. the id of a
 * tenant being created) is the caller's to give, so a default never fills it.
 */
export function collectTenantBodies(doc) {
  const out = {};
  for (const { key, content } of requestBodies(doc)) {
    for (const media of Object.keys(content).sort()) {
      if (media !== "application/json" && !media.startsWith("multipart/")) continue;
      const shape = objectShape(doc, content[media].schema);
      const pick = ["tenantId", "tenantIds"].find(
        (name) => name in shape.properties && !shape.required.has(name),
      );
      const type = pick ? deref(doc, shape.properties[pick]) : undefined;
      if (pick === "tenantIds" && type?.type !== "array") continue;
      if (pick) out[key] = pick;
    }
  }
  return out;
}

/** TypeScript source of bodies.ts. */
export function renderBodyFacts(multipart, tenant) {
  const entries = (o, value) => Object.keys(o).sort().map((k) => `  ${JSON.stringify(k)}: ${value(o[k])},`);
  return [
    `/**`,
    ` * The multipart/form-data request bodies by \`"METHOD /path"\`, with the parts sent as JSON (or another content type`,
    ` * the value does not tell), from the spec's schema and \`encoding\` (OpenAPI 3.0.3 Encoding Object defaults).`,
    ` * A Blob value is a file part, a string or number a text part, a list repeated parts.`,
    ` */`,
    `export const multipartBodies: { readonly [route: string]: { readonly [field: string]: string } } = {`,
    ...entries(multipart, (fields) => {
      const list = Object.entries(fields).map(([f, t]) => `${JSON.stringify(f)}: ${JSON.stringify(t)}`);
      return list.length > 0 ? `{ ${list.join(", ")} }` : "{}";
    }),
    `};`,
    ``,
    `/** The request bodies by \`"METHOD /path"\` with an optional top-level \`tenantId\` or \`tenantIds\` (a default tenant fills it). */`,
    `export const tenantBodies: { readonly [route: string]: "tenantId" | "tenantIds" } = {`,
    ...entries(tenant, (v) => JSON.stringify(v)),
    `};`,
    ``,
  ].join("\n");
}
