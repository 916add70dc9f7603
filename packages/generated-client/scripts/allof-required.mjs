// Keeps `required` through `allOf` chains of any depth. openapi-typescript 7.13 turns a `required` name into a
// required property only when the schema itself or one of its direct `allOf` members declares the property
// (`WithRequired<Member, "name">`); a property declared two or more `allOf` levels down stays optional
// (e.g. `CreateGlobalTaskListenerRequest.type`, declared in GlobalListenerBase, two levels down). JSON Schema applies
// every `required` of an `allOf` chain (draft-wright-json-schema-validation-00 §5.22 allOf, §5.15 required), so
// the generator gives such a schema its own copy of the property: the same constraint, now visible to the types.
import { deref } from "./spec-ref.mjs";

/** The schema of property `name` declared somewhere in the `allOf` chain of `schema` (depth first), or undefined. */
function findInChain(doc, schema, name, seen) {
  const s = deref(doc, schema);
  if (!s || typeof s !== "object" || seen.has(s)) return undefined;
  seen.add(s);
  if (s.properties && Object.hasOwn(s.properties, name)) return s.properties[name];
  for (const member of s.allOf ?? []) {
    const found = findInChain(doc, member, name, seen);
    if (found) return found;
  }
  return undefined;
}

function visit(doc, node, count) {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) visit(doc, n, count);
    return;
  }
  if (Array.isArray(node.allOf) && Array.isArray(node.required)) {
    const direct = (name) => node.allOf.some((m) => Object.hasOwn(deref(doc, m)?.properties ?? {}, name));
    for (const name of node.required) {
      if (Object.hasOwn(node.properties ?? {}, name) || direct(name)) continue;
      const found = node.allOf.map((m) => findInChain(doc, m, name, new Set())).find(Boolean);
      if (!found) continue;
      node.properties = { ...node.properties, [name]: structuredClone(found) };
      count.n++;
    }
  }
  for (const v of Object.values(node)) visit(doc, v, count);
}

/**
 * A copy of the document in which every schema with `required` names declared deeper than its direct `allOf`
 * members also declares those properties itself; the input is not changed.
 *
 * @param {any} doc the parsed OpenAPI document
 * @returns {{ doc: any, copied: number }} the new document and how many properties were copied
 * @example
 * const { doc: forTypes } = keepDeepRequired(parse(specText));
 * await openapiTS(forTypes, { defaultNonNullable: false });
 */
export function keepDeepRequired(doc) {
  const out = structuredClone(doc);
  const count = { n: 0 };
  visit(out, out, count);
  return { doc: out, copied: count.n };
}
