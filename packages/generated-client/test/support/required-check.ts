// For every schema of a spec: the `required` names of its resolved allOf chain, and a type-check of the generated
// types that fails for each such name the types leave optional. Used against the pinned spec and small fixtures.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { makeTempDir, removeTempDir } from "../../../../config/temp-dir.mjs";
import { deref } from "../../scripts/spec-ref.mjs";

type Node = { $ref?: string; required?: string[]; allOf?: Node[]; oneOf?: Node[]; anyOf?: Node[]; properties?: object };
type Doc = { components?: { schemas?: Record<string, Node> }; paths?: Record<string, Record<string, any>> };

/** Every `required` name of the schema and of its allOf members, at any depth. */
export function chainRequired(doc: Doc, schema: Node, seen = new Set<Node>()): Set<string> {
  const s = deref(doc, schema) as Node | undefined;
  const out = new Set<string>();
  if (!s || typeof s !== "object" || seen.has(s)) return out;
  seen.add(s);
  for (const r of s.required ?? []) out.add(r);
  for (const m of s.allOf ?? []) for (const r of chainRequired(doc, m, seen)) out.add(r);
  return out;
}

/** One check per (type expression, required name): every component schema, every JSON request body and response. */
export function requiredChecks(doc: Doc): Array<{ type: string; name: string; label: string }> {
  const checks: Array<{ type: string; name: string; label: string }> = [];
  const add = (type: string, label: string, schema: Node | undefined) => {
    const s = schema && (deref(doc, schema) as Node);
    if (!s || s.oneOf || s.anyOf) return; // a union: its variants carry their own required names
    for (const name of chainRequired(doc, s)) checks.push({ type, name, label: `${label}.${name}` });
  };
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    add(`components["schemas"][${JSON.stringify(name)}]`, `schema ${name}`, schema);
  }
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      const op = item[method];
      if (!op?.operationId) continue;
      const id = JSON.stringify(op.operationId);
      const body = deref(doc, op.requestBody);
      const json = '["content"]["application/json"]';
      if (body?.content?.["application/json"]) {
        add(`NonNullable<operations[${id}]["requestBody"]>${json}`, `request ${method.toUpperCase()} ${path}`, body.content["application/json"].schema);
      }
      for (const [status, res] of Object.entries(op.responses ?? {})) {
        const r = deref(doc, res);
        if (!/^2\d\d$/.test(status) || !r?.content?.["application/json"]) continue;
        add(`operations[${id}]["responses"][${status}]${json}`, `response ${status} ${method.toUpperCase()} ${path}`, r.content["application/json"].schema);
      }
    }
  }
  return checks;
}

/** Type-checks the checks against `schemaFile` (a generated schema.ts); returns the labels of the failing ones. */
export function failingChecks(schemaFile: string, checks: Array<{ type: string; name: string; label: string }>): string[] {
  const dir = makeTempDir("c8rest-required-");
  try {
    const file = join(dir, "check.ts");
    const lines = [
      `import type { components, operations } from ${JSON.stringify(schemaFile.replace(/\.ts$/, ".js"))};`,
      `type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];`,
      `declare function required<T, K extends RequiredKeys<T>>(): void;`,
    ];
    const first = lines.length;
    for (const c of checks) lines.push(`required<${c.type}, ${JSON.stringify(c.name)}>();`);
    writeFileSync(file, lines.join("\n") + "\n");
    const program = ts.createProgram([file], {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const failing = new Set<string>();
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
      const check = d.file?.fileName === file ? checks[line - first] : undefined;
      failing.add(check ? check.label : `${d.file?.fileName ?? "?"}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    }
    return [...failing];
  } finally {
    removeTempDir(dir);
  }
}
