// API diff between two parsed OpenAPI documents: operations added and removed (by operationId), and per
// changed operation what changed in parameters, request body and responses, each change classified
// (see schema-diff.mjs). Also diffs the named schemas, which the package exports as `Schema<"Name">`.
import { collectOperations } from "../../packages/generated-client/scripts/operation-table.mjs";
import { deref } from "../../packages/generated-client/scripts/spec-ref.mjs";
import { diffSchemas, BREAKING, ADDITIVE, DESCRIPTION } from "./schema-diff.mjs";

export { BREAKING, ADDITIVE, DESCRIPTION };

// Parameters, request bodies and responses may be `$ref`s (components.parameters, components.responses, or a
// path-local pointer into another operation): compared by what they point at.
const resolve = (doc, node) => deref(doc, node);
const show = (v) => JSON.stringify(v);

function rawOperation(doc, o) {
  const item = doc.paths[o.path];
  return { item, op: item[o.method.toLowerCase()] };
}

function parametersOf(doc, item, op) {
  const map = new Map();
  for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
    const r = resolve(doc, p);
    map.set(`${r.in} ${r.name}`, r);
  }
  return map;
}

function diffParameters(ctx, A, B) {
  const out = [];
  const pa = parametersOf(ctx.oldDoc, A.item, A.op);
  const pb = parametersOf(ctx.newDoc, B.item, B.op);
  for (const [key, a] of pa) {
    const where = `parameter ${key}`;
    const b = pb.get(key);
    if (!b) {
      out.push({ severity: BREAKING, where, path: "", message: "parameter removed" });
      continue;
    }
    if (!!a.required !== !!b.required) {
      out.push({ severity: b.required ? BREAKING : ADDITIVE, where, path: "", message: b.required ? "parameter is now required" : "parameter is now optional" });
    }
    if (a.description !== b.description) out.push({ severity: DESCRIPTION, where, path: "", message: "description changed" });
    if (!!a.deprecated !== !!b.deprecated) out.push({ severity: ADDITIVE, where, path: "", message: b.deprecated ? "deprecated" : "no longer deprecated" });
    for (const c of diffSchemas(ctx.oldDoc, ctx.newDoc, a.schema ?? {}, b.schema ?? {}, "request", ctx.cache)) out.push({ ...c, where });
  }
  for (const [key, b] of pb) {
    if (pa.has(key)) continue;
    out.push({
      severity: b.required ? BREAKING : ADDITIVE,
      where: `parameter ${key}`,
      path: "",
      message: b.required ? "new required parameter" : "new optional parameter",
    });
  }
  return out;
}

function diffContent(ctx, where, a, b, direction, mediaRemovedSeverity) {
  const out = [];
  const ca = a?.content ?? {};
  const cb = b?.content ?? {};
  for (const type of Object.keys(ca)) {
    if (!(type in cb)) {
      out.push({ severity: mediaRemovedSeverity, where, path: "", message: `media type ${type} removed` });
      continue;
    }
    for (const c of diffSchemas(ctx.oldDoc, ctx.newDoc, ca[type].schema ?? {}, cb[type].schema ?? {}, direction, ctx.cache)) {
      out.push({ ...c, where: Object.keys(ca).length > 1 ? `${where} (${type})` : where });
    }
  }
  for (const type of Object.keys(cb)) {
    if (!(type in ca)) out.push({ severity: ADDITIVE, where, path: "", message: `media type ${type} added` });
  }
  return out;
}

function diffRequestBody(ctx, A, B) {
  const where = "request body";
  const a = resolve(ctx.oldDoc, A.op.requestBody);
  const b = resolve(ctx.newDoc, B.op.requestBody);
  if (!a && !b) return [];
  if (!a) return [{ severity: b.required ? BREAKING : ADDITIVE, where, path: "", message: b.required ? "new required request body" : "new optional request body" }];
  if (!b) return [{ severity: BREAKING, where, path: "", message: "request body removed" }];
  const out = [];
  if (!!a.required !== !!b.required) {
    out.push({ severity: b.required ? BREAKING : ADDITIVE, where, path: "", message: b.required ? "request body is now required" : "request body is now optional" });
  }
  if (a.description !== b.description) out.push({ severity: DESCRIPTION, where, path: "", message: "description changed" });
  out.push(...diffContent(ctx, where, a, b, "request", BREAKING));
  return out;
}

function diffResponses(ctx, A, B) {
  const out = [];
  const ra = A.op.responses ?? {};
  const rb = B.op.responses ?? {};
  for (const status of Object.keys(ra)) {
    const where = `response ${status}`;
    const success = /^2/.test(status);
    if (!(status in rb)) {
      out.push({ severity: success ? BREAKING : ADDITIVE, where, path: "", message: "response removed" });
      continue;
    }
    const a = resolve(ctx.oldDoc, ra[status]);
    const b = resolve(ctx.newDoc, rb[status]);
    if (a.description !== b.description) out.push({ severity: DESCRIPTION, where, path: "", message: "description changed" });
    out.push(...diffContent(ctx, where, a, b, "response", success ? BREAKING : ADDITIVE));
  }
  for (const status of Object.keys(rb)) {
    if (!(status in ra)) out.push({ severity: ADDITIVE, where: `response ${status}`, path: "", message: "response added" });
  }
  return out;
}

function diffOperationLevel(A, B, a, b) {
  const out = [];
  const where = "operation";
  if (a.method !== b.method || a.path !== b.path) {
    out.push({ severity: BREAKING, where, path: "", message: `moved from ${a.method} ${a.path} to ${b.method} ${b.path}` });
  }
  for (const k of ["summary", "description", "tags", "externalDocs"]) {
    if (show(A.op[k]) !== show(B.op[k])) out.push({ severity: DESCRIPTION, where, path: "", message: `${k} changed` });
  }
  if (!!A.op.deprecated !== !!B.op.deprecated) out.push({ severity: ADDITIVE, where, path: "", message: B.op.deprecated ? "deprecated" : "no longer deprecated" });
  if (a.kind !== b.kind) out.push({ severity: ADDITIVE, where, path: "", message: `kind changed from ${a.kind} to ${b.kind} (retry behaviour)` });
  if (show(A.op.security) !== show(B.op.security)) out.push({ severity: ADDITIVE, where, path: "", message: "security requirements changed" });
  for (const k of new Set([...Object.keys(A.op), ...Object.keys(B.op)])) {
    if (k.startsWith("x-") && k !== "x-eventually-consistent" && show(A.op[k]) !== show(B.op[k])) {
      out.push({ severity: DESCRIPTION, where, path: "", message: `${k} changed` });
    }
  }
  return out;
}

/** The release bump the changes call for: "major" | "minor" | "patch" | "none". */
export function bumpFor(diff) {
  const all = [...diff.changed.flatMap((c) => c.changes), ...diff.schemaChanges];
  if (diff.removed.length > 0 || all.some((c) => c.severity === BREAKING)) return "major";
  if (diff.added.length > 0 || all.some((c) => c.severity === ADDITIVE)) return "minor";
  if (all.length > 0) return "patch";
  return "none";
}

/**
 * Diffs two parsed OpenAPI 3.x documents.
 *
 * @example
 * const diff = diffSpecs(parse(oldYaml), parse(newYaml));
 * diff.bump; // "major" | "minor" | "patch" | "none"
 * diff.added.map((o) => o.operationId);
 */
export function diffSpecs(oldDoc, newDoc) {
  const ctx = { oldDoc, newDoc, cache: new Map() };
  const oldOps = new Map(collectOperations(oldDoc).map((o) => [o.operationId, o]));
  const newOps = new Map(collectOperations(newDoc).map((o) => [o.operationId, o]));
  const added = [...newOps.values()].filter((o) => !oldOps.has(o.operationId));
  const removed = [...oldOps.values()].filter((o) => !newOps.has(o.operationId));
  const changed = [];
  for (const [id, a] of oldOps) {
    const b = newOps.get(id);
    if (!b) continue;
    const A = rawOperation(oldDoc, a);
    const B = rawOperation(newDoc, b);
    const changes = dedupe([
      ...diffOperationLevel(A, B, a, b),
      ...diffParameters(ctx, A, B),
      ...diffRequestBody(ctx, A, B),
      ...diffResponses(ctx, A, B),
    ]);
    if (changes.length > 0) changed.push({ operationId: id, method: b.method, path: b.path, changes });
  }
  const namesA = Object.keys(oldDoc.components?.schemas ?? {});
  const namesB = Object.keys(newDoc.components?.schemas ?? {});
  const schemaChanges = [
    ...namesA.filter((n) => !namesB.includes(n)).map((n) => ({ severity: BREAKING, where: `schema ${n}`, path: "", message: `named schema removed (Schema<"${n}"> no longer compiles)` })),
    // A named schema added on its own is a patch: what it names is reachable already (e.g. a variant a bundler
    // hoisted) or comes with an added operation or field, which are additive on their own.
    ...namesB.filter((n) => !namesA.includes(n)).map((n) => ({ severity: DESCRIPTION, where: `schema ${n}`, path: "", message: "named schema added" })),
  ];
  const diff = { added, removed, changed, schemaChanges };
  return { ...diff, bump: bumpFor(diff) };
}

function dedupe(changes) {
  const seen = new Set();
  return changes.filter((c) => {
    const k = `${c.severity}|${c.where}|${c.path}|${c.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
