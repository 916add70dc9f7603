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
