// The main entry stays free of Node built-ins (browser bundles), the Node-only helpers live behind @c8rest/client/node.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dist = join(import.meta.dirname, "..", "dist");

/** Every module specifier the built file imports, following its relative chunks. */
function importGraph(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(join(dist, file), "utf8");
  const specifiers = [...code.matchAll(/(?:\bfrom|\bimport|\brequire)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1]!);
  return specifiers.flatMap((s) => (s.startsWith("./") ? [s, ...importGraph(s.slice(2), seen)] : [s]));
}

describe("entry points of the built package", () => {
  it.each(["index.mjs", "index.cjs"])("%s imports no Node built-in and not the /node helpers", (file) => {
    const graph = importGraph(file);
    expect(graph.some((s) => s.startsWith("./"))).toBe(true); // the walk follows the shared chunk
    expect(graph.filter((s) => s.startsWith("node:") || /^(fs|path|os)$/.test(s))).toEqual([]);
    expect(graph.filter((s) => /node\.(m|c)js$/.test(s))).toEqual([]);
  });

  it("@c8rest/client/node reads files with node:fs", () => {
    expect(importGraph("node.mjs")).toContain("node:fs/promises");
  });
});
