import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileFixtures, type FixtureDiagnostic } from "./types/compile.js";

const dir = join(import.meta.dirname, "types", "fixtures");
const files = readdirSync(dir).map((f) => join(dir, f));
const negatives = files.filter((f) => /[\\/]neg-[^\\/]+\.ts$/.test(f));

/**
 * The `// @error-here[: text]` marker: the 1-based line the compiler must point at, and a text its message must
 * contain (the wrong field or value).
 */
function marker(file: string): { line: number; text?: string } {
  const lines = readFileSync(file, "utf8").split("\n");
  const index = lines.findIndex((l) => l.includes("// @error-here"));
  if (index < 0) throw new Error(`${file} has no // @error-here marker`);
  const text = /\/\/ @error-here: (.+)$/.exec(lines[index] ?? "")?.[1]?.trim();
  return { line: index + 1, ...(text ? { text } : {}) };
}

describe("types of the built package, as a strict nodenext consumer sees them", () => {
  let diagnostics: Map<string, FixtureDiagnostic[]>;
  beforeAll(() => {
    diagnostics = compileFixtures(files);
  }, 120_000);

  it("has every negative case the foundation asks for", () => {
    expect(negatives.map((f) => f.replace(/^.*neg-/, "")).sort()).toEqual([
      "deploy-resources-string.ts",
      "enum-number.ts",
      "enum-string.ts",
      "filter-typo-beside-valid-field.ts",
      "key-as-number.ts",
      "missing-path-param.ts",
      "multipart-document-file-string.ts",
      "multipart-missing-resources.ts",
      "multipart-resources-number.ts",
      "multipart-resources-string.ts",
      "no-path-params.ts",
      "unknown-filter-field.ts",
      "unknown-path.ts",
      "wrong-body-field.ts",
      "wrong-top-level-option.ts",
    ]);
  });

  it("raises no error in the package's own declarations", () => {
    expect(diagnostics.get("<library>") ?? []).toEqual([]);
  });

  it.each(files.filter((f) => /consumer-ok(-[\w-]+)?\.c?ts$/.test(f)))("compiles correct calls: %s", (file) => {
    expect(diagnostics.get(file)).toEqual([]);
  });

  it.each(negatives)("rejects the mistake on the marked line: %s", (file) => {
    const found = diagnostics.get(file) ?? [];
    const { line, text } = marker(file);
    const atLine = found.filter((d) => d.line === line);
    expect(atLine.length, `no error on line ${line}; got ${JSON.stringify(found)}`).toBeGreaterThan(0);
    if (text) expect(atLine.map((d) => d.message).join("\n")).toContain(text);
  });
});
