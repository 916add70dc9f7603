// Local JSON-pointer `$ref`s of a bundled OpenAPI document (RFC 6901 escaping: `~1` is `/`, `~0` is `~`).

/**
 * The node a local `#/...` reference points at. External references (another file, a URL) are not resolved:
 * bundle the spec into one file first (spec:update does).
 *
 * @param {object} doc the parsed OpenAPI document
 * @param {string} ref e.g. `#/components/schemas/TopologyResponse`
 * @returns {any}
 * @throws {Error} when the reference is external or points nowhere
 * @example
 * resolvePointer(doc, "#/components/parameters/TenantId"); // { name: "tenantId", in: "query", ... }
 */
export function resolvePointer(doc, ref) {
  if (!ref.startsWith("#/")) throw new Error(`external $ref "${ref}" is not supported: bundle the spec into one file first`);
  let node = doc;
  for (const raw of ref.slice(2).split("/")) node = node?.[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  if (node === undefined) throw new Error(`$ref "${ref}" points nowhere`);
  return node;
}

/**
 * Follows a chain of `$ref`s (a parameter, request body, response or schema) to the node itself.
 *
 * @param {object} doc
 * @param {any} node
 * @returns {any}
 * @example
 * derefNode(doc, { $ref: "#/components/requestBodies/Mode" }).content; // the request body's content
 */
export function derefNode(doc, node) {
  for (let i = 0; node && typeof node === "object" && typeof node.$ref === "string"; i++) {
    if (i > 32) throw new Error(`$ref chain "${node.$ref}" is longer than 32 links (a cycle?)`);
    node = resolvePointer(doc, node.$ref);
  }
  return node;
}
