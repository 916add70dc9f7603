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

// The table is written twice, each in its cheapest form: as a type, one `OperationRow<...>` per operation (one symbol
// each for a consumer's compiler instead of a nested object type), and as a value, one packed line per operation
// that a small function turns into the same objects when the module loads (smaller in every bundle that uses it).
const METHOD_CODES = { GET: "G", PUT: "U", POST: "P", DELETE: "D", PATCH: "A", HEAD: "H", OPTIONS: "O" };

/** One packed line: `operationId method path kind flags` (method and kind as one letter, flags `e` and `m`). */
function packRow(o) {
  return [o.operationId, METHOD_CODES[o.method], o.path, o.kind === "query" ? "q" : "c", `${o.eventuallyConsistent ? "e" : ""}${o.multipart ? "m" : ""}`].join(" ");
}

/** TypeScript source of the table. */
export function renderOperationTable(ops, meta, sha256) {
  const flags = (o) => (o.eventuallyConsistent || o.multipart ? `, ${o.eventuallyConsistent}, ${o.multipart}` : "");
  const types = ops.map((o) => `  readonly ${o.operationId}: OperationRow<"${o.method}", "${o.path}", "${o.kind}"${flags(o)}>;`);
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
    `/** The row of one operation as a type: its method, path and kind, and the flags it has. */`,
    `export type OperationRow<`,
    `  M extends OperationInfo["method"],`,
    `  P extends keyof paths,`,
    `  K extends OperationKind,`,
    `  E extends boolean = false,`,
    `  X extends boolean = false,`,
    `> = { readonly method: M; readonly path: P; readonly kind: K } & (E extends true ? { readonly eventuallyConsistent: true } : unknown) &`,
    `  (X extends true ? { readonly multipart: true } : unknown);`,
    ``,
    `/** The type of {@link operationTable}: every operation by its operationId. */`,
    `export interface OperationTable {`,
    ...types,
    `}`,
    ``,
    `const METHODS: Record<string, OperationInfo["method"]> = { ${Object.entries(METHOD_CODES).map(([m, c]) => `${c}: "${m}"`).join(", ")} };`,
    ``,
    `/** The table from its packed lines (\`operationId method path kind flags\`, see scripts/operation-table.mjs). */`,
    `function unpack(lines: string): OperationTable {`,
    `  const table: Record<string, OperationInfo> = {};`,
    `  for (const line of lines.split("\\n")) {`,
    `    const [id, m, path, k, f] = line.split(" ") as [string, string, keyof paths, string, string];`,
    `    table[id] = { method: METHODS[m]!, path, kind: k === "q" ? "query" : "command", ...(f.includes("e") ? { eventuallyConsistent: true } : {}), ...(f.includes("m") ? { multipart: true } : {}) };`,
    `  }`,
    `  return table as unknown as OperationTable;`,
    `}`,
    ``,
    `/**`,
    ` * Every operation of the spec by its operationId: method, path (relative to \`/v2\`) and kind.`,
    ` *`,
    ` * @example`,
    ` * operationTable.getTopology; // { method: "GET", path: "/topology", kind: "query" }`,
    ` */`,
    `export const operationTable: OperationTable = /* @__PURE__ */ unpack(`,
    ...ops.map((o, i) => `  ${JSON.stringify(packRow(o) + (i < ops.length - 1 ? "\n" : ""))}${i < ops.length - 1 ? " +" : ","}`),
    `);`,
    ``,
    `/** The operationId of every operation in the spec. */`,
    `export type OperationId = keyof OperationTable;`,
    ``,
    ...renderTransportRoutes(transportRoutes(ops)),
  ].join("\n");
}
