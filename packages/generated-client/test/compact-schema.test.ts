// scripts/compact-schema.mjs: what it drops and shares, on openapi-typescript's own output for a small spec.
import { describe, expect, it } from "vitest";
import openapiTS, { astToString } from "openapi-typescript";
import { compactSchema } from "../scripts/compact-schema.mjs";

const spec = {
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {
    "/a": { get: { operationId: "getA", responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "string" } } } } } } },
    "/b/{id}": {
      post: {
        operationId: "postB",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "204": { description: "none" } },
      },
    },
  },
};

describe("compactSchema", () => {
  it("drops absent methods and empty path-level parameters from paths, shares empty operation parameters, drops response headers", async () => {
    const full = astToString(await openapiTS(spec as never, { silent: true }));
    const compact = compactSchema(full) as string;
    expect(full).toMatch(/put\?: never;/);
    expect(full).toMatch(/\[name: string\]: unknown;/);
    const paths = compact.slice(compact.indexOf("export interface paths"), compact.indexOf("export type webhooks"));
    expect(paths).not.toMatch(/\?: never;|parameters:/);
    expect(paths).toMatch(/"\/a": \{\n(?:\s+\/\*\*[\s\S]*?\*\/\n)?\s+get: operations\["getA"\];\n\s+\};/);
    expect(compact).not.toMatch(/\[name: string\]: unknown;/);
    expect(compact).toMatch(/getA: \{\n\s+parameters: NoParameters;/);
    expect(compact).toMatch(/postB: \{\n\s+parameters: \{\n\s+query\?: never;\n\s+header\?: never;\n\s+path: \{/);
    expect(compact).toMatch(/\ntype NoParameters = \{\n {4}query\?: never;\n {4}header\?: never;\n {4}path\?: never;\n {4}cookie\?: never;\n\};\n$/);
  });

  it("fails loudly when openapi-typescript's output no longer has the shape it expects", () => {
    expect(() => compactSchema("export type x = 1;\n")).toThrow(/no `export interface paths` block/);
    expect(() => compactSchema("export interface paths {\n}\nexport interface operations {\n}\n")).toThrow(/no parameters or headers block matched/);
  });
});
