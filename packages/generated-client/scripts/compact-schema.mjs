// Makes openapi-typescript's output (schema.ts) smaller to read for every consumer's compiler, without changing
// what any type accepts: with skipLibCheck true most of a consumer's type-check cost above an empty file is parsing
// and binding our declarations (see bench/notes/typecheck.md), so each repeated block costs every user.
//   - in `paths`, a path item's `get?: never; put?: never; ...` for the methods it does not have, and its empty
//     path-level `parameters` (openapi-typescript writes each operation's parameters into the operation, and
//     openapi-fetch picks a path's methods by `{ [K in M]: any }`, which `?: never` never matched);
//   - an operation's `parameters: { query?: never; header?: never; path?: never; cookie?: never }` (no parameters):
//     one shared alias, `NoParameters`, instead of a copy per operation;
//   - a response's `headers: { [name: string]: unknown }`, which says nothing (no response header is described)
//     and which neither openapi-fetch nor the client reads.

const METHODS = "get|put|post|delete|options|head|patch|trace";

/** The compacted text of schema.ts; throws when the output does not have the shape these rules expect. */
export function compactSchema(text) {
  const pathsStart = text.indexOf("export interface paths {\n");
  const pathsEnd = text.indexOf("\n}\n", pathsStart);
  if (pathsStart < 0 || pathsEnd < 0) throw new Error("compactSchema: no `export interface paths` block in the generated schema");
  const paths = text
    .slice(pathsStart, pathsEnd)
    .replace(new RegExp(`\\n {8}(?:${METHODS})\\?: never;`, "g"), "")
    .replace(/\n {8}parameters: \{\n {12}query\?: never;\n {12}header\?: never;\n {12}path\?: never;\n {12}cookie\?: never;\n {8}\};/g, "");
  let out = text.slice(0, pathsStart) + paths + text.slice(pathsEnd);
  const before = out.length;
  out = out
    .replace(/parameters: \{\n\s+query\?: never;\n\s+header\?: never;\n\s+path\?: never;\n\s+cookie\?: never;\n\s+\};/g, "parameters: NoParameters;")
    .replace(/\n\s+headers: \{\n\s+\[name: string\]: unknown;\n\s+\};/g, "");
  if (out.length === before) throw new Error("compactSchema: no parameters or headers block matched; openapi-typescript's output changed");
  return [
    out.trimEnd(),
    "",
    "/** The `parameters` of an operation (or path) that has none. */",
    "type NoParameters = {",
    "    query?: never;",
    "    header?: never;",
    "    path?: never;",
    "    cookie?: never;",
    "};",
    "",
  ].join("\n");
}
