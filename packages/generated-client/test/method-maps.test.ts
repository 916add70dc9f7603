import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// src/generated/methods.ts writes out, per operation, what openapi-fetch's conditional types compute (so that a
// call does not pay for them). This compiles type-level assertions that both agree for every path of the spec.
describe("generated per-method maps (src/generated/methods.ts)", () => {
  it("agree with openapi-fetch's PathsWithMethod, MaybeOptionalInit and RequestOptions on every operation", () => {
    const file = join(import.meta.dirname, "types", "method-maps", "agree.ts");
    const program = ts.createProgram([file], {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: ["node"],
      noEmit: true,
      skipLibCheck: true,
    });
    const messages = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    // A message names the path that disagrees, e.g. `Type '"/topology"' does not satisfy the constraint 'never'`.
    expect(messages).toEqual([]);
  }, 60_000);
});
