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

/** Whether a (possibly $ref'd, allOf/oneOf/anyOf composed) schema declares the property `name`. */
function hasProperty(doc, schema, name, seen = new Set()) {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return false;
  seen.add(schema);
  if (typeof schema.$ref === "string") {
    const target = schema.$ref.replace(/^#\//, "").split("/").reduce((node, key) => node?.[key], doc);
    return hasProperty(doc, target, name, seen);
  }
  if (schema.properties && Object.hasOwn(schema.properties, name)) return true;
  return ["allOf", "oneOf", "anyOf"].some((k) => (schema[k] ?? []).some((s) => hasProperty(doc, s, name, seen)));
}

/** Whether a concrete path template matches another template segment by segment (`{x}` matches any segment). */
function templatesOverlap(a, b) {
  const x = a.split("/");
  const y = b.split("/");
  return x.length === y.length && x.every((s, i) => s === y[i] || s.startsWith("{") || y[i].startsWith("{"));
}

/**
 * The compact route lists the transport needs (kept apart from the full table so that a program that does not use
 * the table does not bundle it): POST paths that are queries (retry-safe) and POST paths whose JSON body has a
 * `requestTimeout` (long polling). Throws when a query POST path could also match a command POST path.
 */
export function transportRoutes(ops) {
  const posts = ops.filter((o) => o.method === "POST");
  const queries = posts.filter((o) => o.kind === "query");
  for (const q of queries) {
    const clash = posts.find((c) => c.kind === "command" && templatesOverlap(q.path, c.path));
    if (clash) throw new Error(`POST ${q.path} (query) overlaps POST ${clash.path} (command): the transport could not tell them apart`);
  }
  return {
    queryPosts: queries.map((o) => o.path).sort(),
    longPollPosts: posts.filter((o) => o.longPoll).map((o) => o.path).sort(),
  };
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
        longPoll: method === "post" && hasProperty(doc, content["application/json"]?.schema, "requestTimeout"),
      });
    }
  }
  ops.sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
  return ops;
}

function renderTransportRoutes({ queryPosts, longPollPosts }) {
  const list = (paths) => paths.map((p) => `  "${p}",`);
  return [
    `/** Paths of the POST operations that are queries (searches, statistics): no side effect, so retry-safe. */`,
    `export const queryPostPaths: readonly string[] = [`,
    ...list(queryPosts),
    `];`,
    ``,
    `/** Paths of the POST operations whose JSON body has a \`requestTimeout\` (long polling): the call's timeout allows for it. */`,
    `export const longPollPostPaths: readonly string[] = [`,
    ...list(longPollPosts),
    `];`,
    ``,
  ];
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
    `/** The Camunda version of the spec (same as \`specInfo.camundaVersion\`, without the rest of specInfo). */`,
    `export const specCamundaVersion = "${meta.camundaVersion}";`,
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
    ...renderTransportRoutes(transportRoutes(ops)),
  ].join("\n");
}
