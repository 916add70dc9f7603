import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Editor support of the typed client, through TypeScript's language service on the built package: the path and
// body completions must survive any change made to cut the types' cost (see BENCHMARKS.md, type-check notes).
const dir = join(import.meta.dirname, "types", "fixtures");
const file = join(dir, "completion-probe.ts");
const header = 'import { createCamundaClient } from "@c8rest/client";\nconst client = createCamundaClient({ baseUrl: "http://localhost:8080" });\n';

function completionsAtEnd(text: string): string[] {
  const source = header + text;
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (f) => {
      const t = f === file ? source : ts.sys.readFile(f);
      return t === undefined ? undefined : ts.ScriptSnapshot.fromString(t);
    },
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => ({
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ["node"],
      skipLibCheck: true,
    }),
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => f === file || ts.sys.fileExists(f),
    readFile: (f) => (f === file ? source : ts.sys.readFile(f)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const ls = ts.createLanguageService(host);
  try {
    return (ls.getCompletionsAtPosition(file, source.length, {})?.entries ?? []).map((e) => e.name);
  } finally {
    ls.dispose();
  }
}

describe("completions in an editor", () => {
  it("offers exactly the GET paths inside client.GET(\"/", () => {
    const names = completionsAtEnd('client.GET("/');
    expect(names).toContain("/topology");
    expect(names).toContain("/process-instances/{processInstanceKey}");
    expect(names).not.toContain("/process-instances/search"); // POST only
  });

  it("offers the filter fields of the search body", () => {
    const names = completionsAtEnd('client.POST("/process-instances/search", { body: { filter: { ');
    expect(names).toEqual(expect.arrayContaining(["processDefinitionId", "state", "processInstanceKey", "$or"]));
    expect(names).not.toContain("createCamundaClient"); // not a fallback to global completions
  });

  it("offers the call options next to body and params", () => {
    const names = completionsAtEnd('client.POST("/process-instances", { ');
    expect(names).toEqual(expect.arrayContaining(["body", "params", "signal", "parseAs", "headers"]));
  });
});
