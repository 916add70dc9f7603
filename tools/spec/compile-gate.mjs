// The compile gate of `spec:update`: type-checks freshly generated code together with the client package's own
// sources, in a temporary copy, before anything is written. The client's sources use the generated types (paths,
// method maps, the operation table), so a spec whose code does not compile with them is rejected.
import { cpSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { makeTempDir, removeTempDir } from "../../config/temp-dir.mjs";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
/** The client package whose sources are compiled with the generated code. */
export const defaultClientDir = join(repoRoot, "packages", "generated-client");

/**
 * @typedef {object} CompileError
 * @property {string} file path relative to the package (`src/generated/methods.ts`)
 * @property {number} line @property {number} column
 * @property {string} code e.g. `TS2339`
 * @property {string} message
 */

/**
 * Type-checks `<clientDir>/src` with its `src/generated/` replaced by `generatedDir`, with the repository's compiler
 * settings (tsconfig.base.json). Returns the errors (an empty list when it compiles).
 *
 * @param {{ generatedDir: string, clientDir?: string, extraFiles?: Record<string, string> }} options
 *   `extraFiles`: more sources to compile with them, by path relative to the package (tests use it)
 * @returns {CompileError[]}
 * @example
 * const errors = compileGenerated({ generatedDir: "/tmp/c8rest-spec-update-x/generated" });
 * if (errors.length) console.error(`${errors[0].file}(${errors[0].line}): ${errors[0].message}`);
 */
export function compileGenerated({ generatedDir, clientDir = defaultClientDir, extraFiles = {} }) {
  const work = makeTempDir("c8rest-compile-gate-");
  try {
    const generatedOf = join(clientDir, "src", "generated");
    cpSync(join(clientDir, "src"), join(work, "src"), { recursive: true, filter: (p) => p !== generatedOf && !p.startsWith(generatedOf + sep) });
    cpSync(generatedDir, join(work, "src", "generated"), { recursive: true });
    cpSync(join(clientDir, "package.json"), join(work, "package.json")); // "type": "module", as the package
    for (const [path, text] of Object.entries(extraFiles)) writeFileSync(join(work, path), text);
    // The package's dependencies (openapi-fetch, undici, @types/node) resolve from the repository's node_modules.
    symlinkSync(join(repoRoot, "node_modules"), join(work, "node_modules"), "dir");
    writeFileSync(
      join(work, "tsconfig.json"),
      JSON.stringify({ extends: join(repoRoot, "tsconfig.base.json"), compilerOptions: { noEmit: true, skipLibCheck: true }, include: ["src", ...Object.keys(extraFiles)] }),
    );
    const config = ts.getParsedCommandLineOfConfigFile(join(work, "tsconfig.json"), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, " "));
      },
    });
    if (!config) throw new Error("cannot read the compile gate's tsconfig.json");
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: -1, character: -1 };
      return {
        file: d.file ? relative(work, d.file.fileName).split(sep).join("/") : "(config)",
        line: at.line + 1,
        column: at.character + 1,
        code: `TS${d.code}`,
        message: ts.flattenDiagnosticMessageText(d.messageText, " "),
      };
    });
  } finally {
    removeTempDir(work);
  }
}

/**
 * The first errors as lines for a message: `src/generated/methods.ts(12,3): TS2339 Property ...`.
 *
 * @param {CompileError[]} errors
 * @param {number} [max]
 * @returns {string}
 * @example
 * formatCompileErrors(errors, 5);
 */
export function formatCompileErrors(errors, max = 5) {
  const lines = errors.slice(0, max).map((e) => `  ${e.file}(${e.line},${e.column}): ${e.code} ${e.message.length > 300 ? `${e.message.slice(0, 297)}...` : e.message}`);
  if (errors.length > max) lines.push(`  ... and ${errors.length - max} more`);
  return lines.join("\n");
}
