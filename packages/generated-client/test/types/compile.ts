// Type-checks fixture files as a consumer would (strict, module nodenext, resolving the built package).
import ts from "typescript";

export interface FixtureDiagnostic {
  line: number;
  message: string;
}

/** Compiles the given files together and returns their diagnostics by file. */
export function compileFixtures(files: string[]): Map<string, FixtureDiagnostic[]> {
  const program = ts.createProgram(files, {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    types: ["node"],
    noEmit: true,
    skipLibCheck: false,
  });
  const out = new Map<string, FixtureDiagnostic[]>(files.map((f) => [f, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file?.fileName;
    const list = name ? out.get(name) : undefined;
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!list || !d.file || d.start === undefined) {
      // A diagnostic in a library file (the built package) is a failure of its own.
      out.set("<library>", [...(out.get("<library>") ?? []), { line: 0, message: `${name ?? ""}: ${message}` }]);
      continue;
    }
    list.push({ line: d.file.getLineAndCharacterOfPosition(d.start).line + 1, message });
  }
  return out;
}
