// Small helpers over a parsed OpenAPI document: follow local `$ref`s, list the request bodies by media type.

/** The node a local `$ref` (`#/components/...`) points at, or the node itself when it is not a reference. */
export function deref(doc, node, seen = new Set()) {
  if (!node || typeof node !== "object" || typeof node.$ref !== "string" || seen.has(node.$ref)) return node;
  seen.add(node.$ref);
  const target = node.$ref
    .replace(/^#\//, "")
    .split("/")
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((n, k) => n?.[k], doc);
  return deref(doc, target, seen);
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/** Every operation's request body content: `{ key: "POST /path", content: { [mediaType]: MediaTypeObject } }`. */
export function requestBodies(doc) {
  const out = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      const body = op ? deref(doc, op.requestBody) : undefined;
      if (body?.content) out.push({ key: `${method.toUpperCase()} ${path}`, content: body.content });
    }
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The node a local `#/...` reference points at; throws when it is external or points nowhere (where a missing
 * target is an error of the spec, e.g. while checking an input, rather than a node to skip).
 *
 * @param {object} doc the parsed OpenAPI document
 * @param {string} ref e.g. `#/components/schemas/TopologyResponse`
 * @returns {any}
 * @example
 * resolvePointer(doc, "#/components/parameters/TenantId"); // { name: "tenantId", in: "query", ... }
 */
export function resolvePointer(doc, ref) {
  if (!ref.startsWith("#/")) throw new Error(`external $ref "${ref}" is not supported: bundle the spec into one file first`);
  const node = deref(doc, { $ref: ref });
  if (node === undefined) throw new Error(`$ref "${ref}" points nowhere`);
  return node;
}
