// Builds per-method path maps from the parsed spec (src/generated/methods.ts).
import { deref } from "./spec-ref.mjs";
//
// Why: with one generic `paths` map the compiler filters all 151 paths by method and evaluates openapi-fetch's
// conditional option types (MaybeOptionalInit, RequestBodyOption, ...) on every call; about 100k type
// instantiations for a `client.GET("/topology")`. Decided here once, at generation time, a call costs an indexed
// access. The shapes are openapi-fetch's own rules, written out per operation:
//   params: required when the operation has path parameters or a required query/header/cookie parameter;
//   body:   `never` without a request body, required when `requestBody.required`, else optional;
//   init:   required when params or body is.

/** The methods the typed client exposes (openapi-fetch names them GET, PUT, ...). */
export const CLIENT_METHODS = ["get", "put", "post", "delete", "patch"];

const cap = (m) => m[0].toUpperCase() + m.slice(1);

function mediaUnion(opRef, content, required) {
  const base = required ? `${opRef}["requestBody"]` : `NonNullable<${opRef}["requestBody"]>`;
  return Object.keys(content)
    .sort()
    .map((media) => `${base}["content"][${JSON.stringify(media)}]`)
    .join(" | ");
}

/**
 * One row per (method, path): the operation, its params/body shape and whether the init is required.
 *
 * @param {any} doc the parsed OpenAPI document
 * @returns {Record<string, any[]>} by method: `{ path, operationId, params, body, initRequired }`
 */
export function collectMethodRows(doc) {
  /** @type {any} */
  const rows = Object.fromEntries(CLIENT_METHODS.map((m) => [m, []]));
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of CLIENT_METHODS) {
      const op = item[method];
      if (!op) continue;
      // Parameters and request bodies may be `$ref`s into components.parameters / components.requestBodies.
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p));
      const paramsRequired = params.some((p) => p.in === "path" || p.required === true);
      const requestBody = deref(doc, op.requestBody);
      const content = requestBody?.content ?? {};
      const hasBody = Object.keys(content).length > 0;
      const bodyRequired = hasBody && requestBody.required === true;
      const opRef = `operations[${JSON.stringify(op.operationId)}]`;
      rows[method].push({
        path,
        operationId: op.operationId,
        params: `params${paramsRequired ? "" : "?"}: ${opRef}["parameters"]`,
        body: hasBody ? `body${bodyRequired ? "" : "?"}: ${mediaUnion(opRef, content, bodyRequired)}` : "body?: never",
        initRequired: paramsRequired || bodyRequired,
      });
    }
  }
  for (const m of CLIENT_METHODS) rows[m].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return rows;
}

/** TypeScript source of methods.ts. */
export function renderMethodMaps(rows) {
  const out = [
    `import type { operations } from "./schema.js";`,
    ``,
    `// The string index signatures are deliberate: the typed client's path parameter is \`P extends string\` (checked`,
    `// against the \`...Paths\` union), so while the compiler infers P, \`GetInits[P]\` resolves through the index`,
    `// signature instead of the union of every path's types. Paths outside the spec are rejected by \`...Paths\`.`,
    ``,
  ];
  for (const m of CLIENT_METHODS) {
    const N = cap(m);
    const M = m.toUpperCase();
    out.push(`/** The paths that have a ${M} operation. */`);
    out.push(`export type ${N}Paths =\n  | ${rows[m].map((r) => JSON.stringify(r.path)).join("\n  | ") || "never"};`, ``);
    out.push(`/** The operation of each path that has a ${M}. */`);
    out.push(`export interface ${N}Operations {`, `  [path: string]: unknown;`);
    for (const r of rows[m]) out.push(`  ${JSON.stringify(r.path)}: operations[${JSON.stringify(r.operationId)}];`);
    out.push(`}`, ``);
    out.push(`/** \`params\` and \`body\` of each ${M} call, as openapi-fetch's RequestOptions resolves them. */`);
    out.push(`export interface ${N}Inits {`, `  [path: string]: unknown;`);
    for (const r of rows[m]) out.push(`  ${JSON.stringify(r.path)}: { ${r.params}; ${r.body} };`);
    out.push(`}`, ``);
    out.push(`/** Whether a ${M} call needs options (path parameters or a required body). */`);
    out.push(`export interface ${N}InitRequired {`, `  [path: string]: boolean;`);
    for (const r of rows[m]) out.push(`  ${JSON.stringify(r.path)}: ${r.initRequired};`);
    out.push(`}`, ``);
  }
  for (const [name, suffix] of [["MethodPaths", "Paths"], ["MethodOperations", "Operations"], ["MethodInits", "Inits"], ["MethodInitRequired", "InitRequired"]]) {
    out.push(`/** The \`...${suffix}\` maps above by method. */`, `export interface ${name} {`);
    for (const m of CLIENT_METHODS) out.push(`  ${m}: ${cap(m)}${suffix};`);
    out.push(`}`, ``);
  }
  return out.join("\n");
}
