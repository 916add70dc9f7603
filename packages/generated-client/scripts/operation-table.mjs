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
 * What the transport needs besides the table: POST paths that are queries (retry-safe; the transport reads them from
 * the table's `query` rows) and POST paths whose JSON body has a `requestTimeout` (long polling). Throws when a query
 * POST path could also match a command POST path.
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

function renderLongPollPaths(longPollPosts) {
  return [
    `/** Paths of the POST operations whose JSON body has a \`requestTimeout\` (long polling): the call's timeout allows for it. */`,
    `export const longPollPostPaths: readonly string[] = [`,
    ...longPollPosts.map((p) => `  "${p}",`),
    `];`,
    ``,
  ];
}

// The table is written twice, each in its cheapest form: as a type, one `OperationRow<...>` per operation (one symbol
// each for a consumer's compiler instead of a nested object type), and as a value, one packed line per path that a
// small function turns into the same objects when the module loads (smaller in every bundle that uses it: the client
// bundles it to name the operation in its errors). The transport's list of retry-safe POSTs is read from the same
// value (the `query` rows), so it is not shipped a second time.
const METHOD_CODES = { GET: "G", PUT: "U", POST: "P", DELETE: "D", PATCH: "A", HEAD: "H", OPTIONS: "O" };
// Flags and noun marks are characters no identifier has: an operationId that compiles (the table's type names each
// one as a property) is never mistaken for them. One that does not compile is left to the compile gate.
/** Flags of a packed operation, after its operationId. */
const FLAG = { query: "?", eventuallyConsistent: "~", multipart: "*" };
/** Marks standing for the path's noun, and for it without a final `s`, inside a packed operationId. */
const NOUN = { plural: "%", singular: "#" };

/** The resource noun of a path, from its first segment: `/process-instances/...` -> `ProcessInstances`. */
export function pathNoun(path) {
  return path.split("/")[1].replace(/(?:^|-)(.)/g, (_, c) => c.toUpperCase());
}

/**
 * One packed operation: method letter, operationId, then its flags (see {@link FLAG}). Most operationIds name their
 * path's noun (`searchProcessInstances`, `getProcessInstance` under `/process-instances`): it is written `%` (the
 * noun) or `#` (the noun without a final `s`), see {@link NOUN}, which the table's reader puts back.
 */
function packOperation(o) {
  const flags = `${o.kind === "query" ? FLAG.query : ""}${o.eventuallyConsistent ? FLAG.eventuallyConsistent : ""}${o.multipart ? FLAG.multipart : ""}`;
  const noun = pathNoun(o.path);
  const one = noun.replace(/s$/, "");
  const id = !noun ? o.operationId : o.operationId.includes(noun) ? o.operationId.replace(noun, NOUN.plural) : o.operationId.replace(one, NOUN.singular);
  return `${METHOD_CODES[o.method]}${id}${flags}`;
}

/** The packed lines, in path order: `path op op ...` (consecutive paths share most characters: gzip likes them). */
export function packLines(ops) {
  const byPath = new Map();
  for (const o of [...ops].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (/\s/.test(o.path)) throw new Error(`path ${JSON.stringify(o.path)} has white space: the packed table cannot hold it`);
    byPath.set(o.path, [...(byPath.get(o.path) ?? []), packOperation(o)]);
  }
  return [...byPath].map(([path, packed]) => [path, ...packed].join(" "));
}

/** TypeScript source of the table. */
export function renderOperationTable(ops, meta, sha256) {
  const lines = packLines(ops);
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
    `/**`,
    ` * The table from its packed lines, one per path: \`path op op ...\`, each op its method letter, operationId and flags`,
    ` * (\`${FLAG.query}\` query, \`${FLAG.eventuallyConsistent}\` eventually consistent, \`${FLAG.multipart}\` multipart); in an operationId \`${NOUN.plural}\` stands for the`,
    ` * path's noun (\`/process-instances\` -> \`ProcessInstances\`) and \`${NOUN.singular}\` for the noun without its final \`s\`. See scripts/operation-table.mjs.`,
    ` */`,
    `function unpack(lines: string): OperationTable {`,
    `  const table: Record<string, OperationInfo> = {};`,
    `  for (const line of lines.split("\\n")) {`,
    `    const [path, ...ops] = line.split(" ") as [keyof paths, ...string[]];`,
    `    const noun = path.split("/")[1]!.replace(/(?:^|-)(.)/g, (_, c: string) => c.toUpperCase());`,
    `    for (const op of ops) {`,
    `      const [, m, id, f] = /^(.)(.*?)([${FLAG.query}${FLAG.eventuallyConsistent}${FLAG.multipart}]*)$/.exec(op) as unknown as [string, string, string, string];`,
    `      table[id.replace("${NOUN.plural}", noun).replace("${NOUN.singular}", noun.replace(/s$/, ""))] = { method: METHODS[m]!, path, kind: f.includes("${FLAG.query}") ? "query" : "command", ...(f.includes("${FLAG.eventuallyConsistent}") ? { eventuallyConsistent: true } : {}), ...(f.includes("${FLAG.multipart}") ? { multipart: true } : {}) };`,
    `    }`,
    `  }`,
    `  return table as unknown as OperationTable;`,
    `}`,
    ``,
    `/**`,
    ` * Every operation of the spec by its operationId (in path order): method, path (relative to \`/v2\`) and kind.`,
    ` *`,
    ` * @example`,
    ` * operationTable.getTopology; // { method: "GET", path: "/topology", kind: "query" }`,
    ` */`,
    `export const operationTable: OperationTable = /* @__PURE__ */ unpack(`,
    ...lines.map((l, i) => `  ${JSON.stringify(l + (i < lines.length - 1 ? "\n" : ""))}${i < lines.length - 1 ? " +" : ","}`),
    `);`,
    ``,
    `/** The operationId of every operation in the spec. */`,
    `export type OperationId = keyof OperationTable;`,
    ``,
    ...renderLongPollPaths(transportRoutes(ops).longPollPosts),
  ].join("\n");
}
