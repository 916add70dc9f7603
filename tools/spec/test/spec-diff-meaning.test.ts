// The diff compares meaning, not spelling: the same API bundled another way is no change, while a real change
// inside a rewritten part is still found. The differently bundled copy is made at test time from the 8.9 fixture.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { diffSpecs } from "../spec-diff.mjs";
import { rebundleDifferently } from "./support/rebundle.js";
import { spec89 } from "./support/sandbox.js";

type Change = { severity: string; where: string; path: string; message: string };
type Diff = { added: unknown[]; removed: unknown[]; changed: Array<{ operationId: string; changes: Change[] }>; schemaChanges: Change[]; bump: string };
const diff = (a: unknown, b: unknown) => diffSpecs(a, b) as Diff;
const doc89 = parse(readFileSync(spec89, "utf8"));
const breaking = (d: Diff) => [...d.changed.flatMap((c) => c.changes), ...d.schemaChanges].filter((c) => c.severity === "breaking");

describe("the same API bundled differently", () => {
  const other = rebundleDifferently(doc89);

  it("the copy really is written differently", () => {
    expect(other.hoisted).toBeGreaterThan(10);
    expect(other.responses).toBeGreaterThan(100);
    expect(other.oneOf).toBeGreaterThan(0);
    expect(other.doc.components.responses).toBeUndefined();
  });

  it("gives no breaking change and no bump beyond patch", () => {
    const d = diff(doc89, other.doc);
    expect(breaking(d)).toEqual([]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([]); // no operation changes at all
    expect(d.schemaChanges.map((c) => c.message)).toEqual(Array(other.hoisted).fill("named schema added")); // patch
    expect(d.bump).toBe("patch");
  });

  it("back the other way, the only breaking changes are the hoisted names going away (Schema<Name> no longer compiles)", () => {
    const d = diff(other.doc, doc89);
    expect(d.changed).toEqual([]);
    expect(breaking(d)).toHaveLength(other.hoisted);
    expect(breaking(d).every((c) => c.where.startsWith("schema ") && c.message.startsWith("named schema removed"))).toBe(true);
  });

  it("still finds a real change inside a hoisted variant and behind a path-local response", () => {
    const changed = structuredClone(other.doc);
    const hoisted = "StringFilterPropertyVariant1"; // StringFilterProperty's inline `type: string` variant
    expect(changed.components.schemas[hoisted].type).toBe("string");
    changed.components.schemas[hoisted].type = "integer";
    const d = diff(doc89, changed);
    expect(breaking(d).some((c) => c.message === "changed type from string to integer")).toBe(true);

    const withProblem = structuredClone(other.doc);
    const local = Object.values(withProblem.paths as Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema: object }> }> }>>)
      .flatMap((item) => Object.values(item).flatMap((op) => Object.values(op?.responses ?? {})))
      .find((r) => r.content?.["application/problem+json"]);
    local!.content!["application/problem+json"]!.schema = { type: "string" };
    const e = diff(doc89, withProblem);
    expect(e.changed.length).toBeGreaterThan(1); // shared via path-local $refs: every operation that uses it
  });
});

describe("unit cases", () => {
  const base = () => structuredClone(doc89);
  it("a one-item oneOf and a one-item allOf of the same schema are no change", () => {
    const a = base();
    const b = base();
    a.components.schemas.Wrapped = { oneOf: [{ $ref: "#/components/schemas/TopologyResponse" }] };
    b.components.schemas.Wrapped = { allOf: [{ $ref: "#/components/schemas/TopologyResponse" }] };
    for (const doc of [a, b]) doc.paths["/topology"].get.responses["200"].content["application/json"].schema = { $ref: "#/components/schemas/Wrapped" };
    expect(diff(a, b).changed).toEqual([]);
  });

  it("a union variant that is really removed is still breaking in a request", () => {
    const a = base();
    const b = base();
    b.components.schemas.SearchQueryPageRequest.oneOf = b.components.schemas.SearchQueryPageRequest.oneOf.filter(
      (v: { $ref: string }) => !v.$ref.endsWith("/OffsetPagination"),
    );
    const d = diff(a, b);
    expect(breaking(d).filter((c) => c.message === "variant OffsetPagination removed").length).toBeGreaterThan(0);
    expect(d.bump).toBe("major");
  });
});
