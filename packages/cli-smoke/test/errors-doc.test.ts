// docs/errors.md lists every stable error code: each `*_CODE` / `*_ERROR` constant that any entry of any published
// package exports (read from the built entries, as a user imports them) is a row of its table, no row names a code
// nobody exports, and every README links the page.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..");
const doc = readFileSync(join(root, "docs", "errors.md"), "utf8");
const rows = doc.split("\n").filter((l) => /^\| `C8REST_/.test(l));
const table = new Map(rows.map((l) => [/^\| `(C8REST_[A-Z_]+)`/.exec(l)![1]!, l]));

interface Pkg {
  name: string;
  dir: string;
  entries: string[];
}

function publishedPackages(): Pkg[] {
  return readdirSync(join(root, "packages"))
    .map((d) => join(root, "packages", d))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, json: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
    .filter(({ json }) => !json.private)
    .map(({ dir, json }) => ({
      name: json.name as string,
      dir,
      entries: Object.values(json.exports as Record<string, unknown>)
        .map((e) => (e as { import?: { default?: string } }).import?.default)
        .filter((f): f is string => typeof f === "string" && f.endsWith(".mjs")),
    }));
}

async function exportedCodes(): Promise<Map<string, { pkg: string; constant: string }>> {
  const codes = new Map<string, { pkg: string; constant: string }>();
  for (const pkg of publishedPackages()) {
    for (const entry of pkg.entries) {
      const file = join(pkg.dir, entry);
      if (!existsSync(file)) throw new Error(`${file} is missing: build the packages first (npm run build).`);
      // The CLI's main module runs nothing on import; bin files are not exports.
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [constant, value] of Object.entries(mod)) {
        if (/(_CODE|_ERROR)$/.test(constant) && typeof value === "string") codes.set(value, { pkg: pkg.name, constant });
      }
    }
  }
  return codes;
}

describe("docs/errors.md", () => {
  it("has a row for every exported error code constant, naming its constant and package", async () => {
    const codes = await exportedCodes();
    expect(codes.size).toBeGreaterThanOrEqual(10);
    for (const [code, { pkg, constant }] of codes) {
      expect(code, `${pkg} exports ${constant}`).toMatch(/^C8REST_[A-Z_]+$/);
      const row = table.get(code);
      expect(row, `docs/errors.md has no row for ${code} (${pkg} ${constant})`).toBeDefined();
      expect(row).toContain(`\`${constant}\``);
      expect(row).toContain(`\`${pkg}\``);
    }
  });

  it("names no code that no package exports", async () => {
    const codes = await exportedCodes();
    expect([...table.keys()].filter((code) => !codes.has(code))).toEqual([]);
  });

  it("is linked from the README of the repository and of every package", () => {
    for (const readme of [join(root, "README.md"), ...publishedPackages().map((p) => join(p.dir, "README.md"))]) {
      expect(readFileSync(readme, "utf8"), readme).toMatch(/\]\((\.\.\/\.\.\/|\.\/|)docs\/errors\.md(#[\w-]+)?\)/);
    }
  });
});
