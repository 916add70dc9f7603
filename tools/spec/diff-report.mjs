// Renders a spec diff (spec-diff.mjs) as Markdown: the full report (spec/API-DIFF.md) and the short
// summary that becomes the changeset body (and so the CHANGELOG entry of @c8rest/client).
import { BREAKING, ADDITIVE, DESCRIPTION } from "./schema-diff.mjs";

export const CLIENT_PACKAGE = "@c8rest/client";
const SUMMARY_GROUPS = 25;

const code = (s) => `\`${s}\``;
const list = (names, max) => names.slice(0, max).map(code).join(", ") + (names.length > max ? ` and ${names.length - max} more` : "");
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

function counts(diff) {
  const all = diff.changed.flatMap((c) => c.changes);
  const n = (sev) => all.filter((c) => c.severity === sev).length;
  return {
    breaking: n(BREAKING),
    additive: n(ADDITIVE),
    description: n(DESCRIPTION),
    schemasAdded: diff.schemaChanges.filter((c) => c.message === "named schema added").length,
    schemasRemoved: diff.schemaChanges.filter((c) => c.severity === BREAKING).length,
  };
}

/** Same change in many operations -> one line: key is severity, area (request/parameter/response), path, message. */
function groups(diff, severity) {
  const map = new Map();
  for (const op of diff.changed) {
    for (const c of op.changes) {
      if (c.severity !== severity) continue;
      const area = c.where.replace(/ (\d+|[1-5]XX|default)$/, "");
      const key = `${area}\u0000${c.path}\u0000${c.message}`;
      if (!map.has(key)) map.set(key, { area, path: c.path, message: c.message, ops: new Set() });
      map.get(key).ops.add(op.operationId);
    }
  }
  return [...map.values()].sort((a, b) => b.ops.size - a.ops.size || (a.area + a.path < b.area + b.path ? -1 : 1));
}

function groupLine(g) {
  const ops = [...g.ops];
  const names = ops.slice(0, 3).map(code).join(", ") + (ops.length > 3 ? ` and ${ops.length - 3} more` : "");
  return `- ${g.area}${g.path ? ` ${code(g.path)}` : ""}: ${g.message} (${names})`;
}

function downgradeLine(meta) {
  return meta.downgrade ? [`**Downgrade**: Camunda ${meta.newVersion} is older than the spec it replaces (Camunda ${meta.oldVersion}).`, ""] : [];
}

function headline(meta, diff) {
  const why = {
    major: "breaking changes, see below",
    minor: "additions only",
    patch: "descriptions only",
    none: "no API change",
  }[diff.bump];
  return `Spec update: Camunda ${meta.oldVersion} -> ${meta.newVersion} (spec sha256 ${meta.oldSha.slice(0, 12)} -> ${meta.newSha.slice(0, 12)}); ${diff.bump === "none" ? "patch" : diff.bump}: ${why}.`;
}

function countLines(diff) {
  const n = counts(diff);
  return [
    `- Operations: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed ` +
      `(${plural(n.breaking, "breaking change")}, ${plural(n.additive, "additive change")}, ${plural(n.description, "description change")}).`,
    `- Named schemas (\`Schema<"Name">\`): ${n.schemasAdded} added, ${n.schemasRemoved} removed` +
      (n.schemasRemoved ? ` (${list(diff.schemaChanges.filter((c) => c.severity === BREAKING).map((c) => c.where.slice(7)), 10)})` : "") + ".",
  ];
}

/**
 * The changeset body: one headline, counts, operations added and removed, and the breaking changes grouped.
 *
 * @example
 * renderSummary(diff, { oldVersion: "8.8", newVersion: "8.9", oldSha, newSha, diffFile: "spec/API-DIFF.md" });
 */
export function renderSummary(diff, meta) {
  const lines = [headline(meta, diff), "", ...downgradeLine(meta), ...countLines(diff)];
  if (diff.added.length) lines.push(`- Added: ${diff.added.map((o) => code(o.operationId)).join(", ")}.`);
  if (diff.removed.length) lines.push(`- Removed (breaking): ${diff.removed.map((o) => code(o.operationId)).join(", ")}.`);
  const breaking = groups(diff, BREAKING);
  if (breaking.length) {
    lines.push("", "Breaking changes in existing operations:", "");
    lines.push(...breaking.slice(0, SUMMARY_GROUPS).map(groupLine));
    if (breaking.length > SUMMARY_GROUPS) lines.push(`- and ${breaking.length - SUMMARY_GROUPS} more`);
  }
  if (meta.diffFile) lines.push("", `Every change per operation: ${code(meta.diffFile)}.`);
  return lines.join("\n") + "\n";
}

/** One line per (severity, where, message) of an operation, with the field paths it applies to. */
function operationLines(op) {
  const map = new Map();
  for (const c of op.changes) {
    if (c.severity === DESCRIPTION) continue;
    const key = `${c.severity}\u0000${c.where}\u0000${c.message}`;
    if (!map.has(key)) map.set(key, { ...c, paths: [] });
    if (c.path) map.get(key).paths.push(c.path);
  }
  return [...map.values()].map((g) => {
    const shownPaths = g.paths.slice(0, 8).map(code).join(", ") + (g.paths.length > 8 ? ` and ${g.paths.length - 8} more` : "");
    return `- ${g.severity}: ${g.where}: ${g.message}${g.paths.length ? `: ${shownPaths}` : ""}`;
  });
}

/**
 * The full report: summary, then every added, removed and changed operation with its classified changes.
 *
 * @example
 * writeFileSync("spec/API-DIFF.md", renderReport(diff, meta));
 */
export function renderReport(diff, meta) {
  const out = [`# API diff: Camunda ${meta.oldVersion} -> ${meta.newVersion}`, ""];
  out.push(`Written by \`npm run spec:update\` on ${meta.date}. Bump for ${code(CLIENT_PACKAGE)}: **${diff.bump}**.`);
  out.push("Rules: breaking = operation, field or named schema removed, new required request field or parameter,");
  out.push("changed type, enum value removed, response field now nullable or optional; additive = anything else that is");
  out.push("not documentation; description = description, summary, title, examples, x-* notes.", "");
  out.push(headline(meta, diff), "", ...downgradeLine(meta), ...countLines(diff), "");
  out.push("## Operations added", "");
  out.push(...(diff.added.length ? diff.added.map((o) => `- ${code(o.operationId)}: ${o.method} ${o.path}`) : ["(none)"]), "");
  out.push("## Operations removed (breaking)", "");
  out.push(...(diff.removed.length ? diff.removed.map((o) => `- ${code(o.operationId)}: ${o.method} ${o.path}`) : ["(none)"]), "");
  for (const [title, sev] of [["Breaking changes, grouped", BREAKING], ["Additive changes, grouped", ADDITIVE]]) {
    const g = groups(diff, sev);
    out.push(`## ${title}`, "", ...(g.length ? g.map(groupLine) : ["(none)"]), "");
  }
  out.push("## Changed operations", "");
  for (const op of diff.changed) {
    out.push(`### ${code(op.operationId)} (${op.method} ${op.path})`, "");
    const docs = op.changes.filter((c) => c.severity === DESCRIPTION).length;
    out.push(...operationLines(op));
    if (docs) out.push(`- description: ${plural(docs, "documentation change")}`);
    out.push("");
  }
  out.push("## Named schemas", "");
  out.push(...(diff.schemaChanges.length ? diff.schemaChanges.map((c) => `- ${c.severity}: ${code(c.where.slice(7))}: ${c.message}`) : ["(none)"]), "");
  return out.join("\n");
}

/**
 * A changeset file for @c8rest/client (front matter + summary), as `changeset add` would write it.
 *
 * @example
 * renderChangeset(diff, meta); // '---\n"@c8rest/client": minor\n---\n\nSpec update: ...'
 */
export function renderChangeset(diff, meta) {
  const bump = diff.bump === "none" ? "patch" : diff.bump;
  return `---\n"${CLIENT_PACKAGE}": ${bump}\n---\n\n${renderSummary(diff, meta)}`;
}
