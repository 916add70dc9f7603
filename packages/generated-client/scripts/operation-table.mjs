// Builds the OperationId-keyed table (method, path, kind) from the parsed spec.
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/**
 * A POST is a query (no side effect, safe to retry) when the spec says its read is eventually consistent
 * (it reads secondary storage) or its operationId is a search. The spec has no `x-operation-kind`.
 */
function kindOf(method, op) {
  if (method === "get" || method === "head") return "query";
  if (method === "post" && (op["x-eventually-consistent"] === true || /^search[A-Z]/.test(op.operationId))) {
    return "query";
  }
  return "command";
}

/** @returns {Array<{operationId: string, method: string, path: string, kind: string, eventuallyConsistent: boolean, multipart: boolean}>} */
export function collectOperations(doc) {
  const ops = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const content = op.requestBody?.content ?? {};
      ops.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        kind: kindOf(method, op),
        eventuallyConsistent: op["x-eventually-consistent"] === true,
        multipart: Object.keys(content).some((t) => t.startsWith("multipart/")),
      });
    }
  }
  ops.sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
  return ops;
}

/** TypeScript source of the table. */
export function renderOperationTable(ops, meta, sha256) {
  const rows = ops.map(
    (o) =>
      `  ${o.operationId}: { method: "${o.method}", path: "${o.path}", kind: "${o.kind}"` +
      `${o.eventuallyConsistent ? ", eventuallyConsistent: true" : ""}${o.multipart ? ", multipart: true" : ""} },`,
  );
  return [
    `import type { paths } from "./schema.js";`,
    ``,
    `/** The spec this package was generated from. */`,
    `export const specInfo = {`,
    `  file: "spec/${meta.file}",`,
    `  camundaVersion: "${meta.camundaVersion}",`,
    `  sha256: "${sha256}",`,
    `  operationCount: ${ops.length},`,
    `} as const;`,
    ``,
    `/** How an operation may be retried: a query has no side effect; a command changes state. */`,
    `export type OperationKind = "query" | "command";`,
    ``,
    `/** One row of {@link operationTable}. */`,
    `export interface OperationInfo {`,
    `  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";`,
    `  readonly path: keyof paths;`,
    `  readonly kind: OperationKind;`,
    `  /** The spec's \`x-eventually-consistent\`: the read may lag behind writes. */`,
    `  readonly eventuallyConsistent?: true;`,
    `  /** The request body is multipart/form-data. */`,
    `  readonly multipart?: true;`,
    `}`,
    ``,
    `/**`,
    ` * Every operation of the spec by its operationId: method, path (relative to \`/v2\`) and kind.`,
    ` *`,
    ` * @example`,
    ` * operationTable.getTopology; // { method: "GET", path: "/topology", kind: "query" }`,
    ` */`,
    `export const operationTable = {`,
    ...rows,
    `} as const satisfies Record<string, OperationInfo>;`,
    ``,
    `/** The operationId of every operation in the spec. */`,
    `export type OperationId = keyof typeof operationTable;`,
    ``,
  ].join("\n");
}
