import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { parse } from "yaml";
import { operationTable, specInfo, type OperationId } from "../src/index.js";
import { readSpecSource } from "../scripts/spec-source.mjs";
import { collectOperations } from "../scripts/operation-table.mjs";
import { isIdempotent } from "../src/transport/routes.js";

const { text, sha256, meta } = readSpecSource();
const doc = parse(text) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, Schema> };
};
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  items?: Schema;
}

describe("operation table", () => {
  const fromSpec = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => ["get", "put", "post", "delete", "patch"].includes(m))
      .map(([m, op]) => ({ id: op.operationId as string, method: m.toUpperCase(), path })),
  );

  it("has one row per operation of the spec, with its method and path", () => {
    expect(fromSpec.length).toBeGreaterThan(0);
    expect(Object.keys(operationTable).length).toBe(fromSpec.length);
    for (const { id, method, path } of fromSpec) {
      expect(operationTable[id as OperationId], id).toMatchObject({ method, path });
    }
  });

  it("names the spec it came from", () => {
    // the facts of whatever spec is pinned: spec/spec-meta.json and the spec file itself
    expect(specInfo).toEqual({ file: `spec/${meta.file}`, camundaVersion: meta.camundaVersion, sha256, operationCount: fromSpec.length });
  });

  it("classifies reads as queries and state changes as commands", () => {
    expect(operationTable.getTopology.kind).toBe("query");
    expect(operationTable.searchProcessInstances.kind).toBe("query");
    expect(operationTable.getProcessDefinitionStatistics.kind).toBe("query");
    expect(operationTable.createProcessInstance.kind).toBe("command");
    expect(operationTable.activateJobs.kind).toBe("command");
    expect(operationTable.publishMessage.kind).toBe("command");
  });

  it("marks the three multipart operations", () => {
    const multipart = Object.entries(operationTable)
      .filter(([, o]) => "multipart" in o)
      .map(([id]) => id)
      .sort();
    expect(multipart).toEqual(["createDeployment", "createDocument", "createDocuments"]);
  });

  it("unpacks to exactly the rows its type names (values and literal types)", () => {
    expect(operationTable.getTopology).toEqual({ method: "GET", path: "/topology", kind: "query" });
    expect(operationTable.getProcessInstance).toEqual({ method: "GET", path: "/process-instances/{processInstanceKey}", kind: "query", eventuallyConsistent: true });
    expect(operationTable.updateJob).toEqual({ method: "PATCH", path: "/jobs/{jobKey}", kind: "command" });
    expect(operationTable.createDeployment).toEqual({ method: "POST", path: "/deployments", kind: "command", multipart: true });
    expectTypeOf(operationTable.getTopology).toEqualTypeOf<{ readonly method: "GET"; readonly path: "/topology"; readonly kind: "query" }>();
    expectTypeOf(operationTable.createDeployment.multipart).toEqualTypeOf<true>();
    expectTypeOf(operationTable.getProcessInstance.eventuallyConsistent).toEqualTypeOf<true>();
  });

  it("unpacks every packed row (operationId nouns, flags) to the row the generator collected from the spec", () => {
    const rows = collectOperations(doc) as { operationId: string; method: string; path: string; kind: string; eventuallyConsistent: boolean; multipart: boolean }[];
    expect(rows.length).toBe(specInfo.operationCount);
    for (const o of rows) {
      expect(operationTable[o.operationId as OperationId], o.operationId).toEqual({
        method: o.method,
        path: o.path,
        kind: o.kind,
        ...(o.eventuallyConsistent ? { eventuallyConsistent: true } : {}),
        ...(o.multipart ? { multipart: true } : {}),
      });
    }
    expect(Object.keys(operationTable).sort()).toEqual(rows.map((o) => o.operationId).sort());
  });

  it("gives the transport every query POST of the table as retry-safe, and no command POST", () => {
    const posts = Object.values(operationTable).filter((o) => o.method === "POST");
    const concrete = (path: string) => path.replace(/\{[^}]+\}/g, "123");
    expect(posts.filter((o) => o.kind === "query").length).toBeGreaterThan(10);
    for (const o of posts) expect(isIdempotent("POST", concrete(o.path)), o.path).toBe(o.kind === "query");
  });
});

describe("int64 keys", () => {
  const schemas = doc.components.schemas;
  const resolve = (s: Schema): Schema => (s.$ref ? resolve(schemas[s.$ref.split("/").pop() as string] as Schema) : s);
  /** The primitive types a schema can take, following refs and compositions. */
  const types = (s: Schema, seen = new Set<Schema>()): string[] => {
    const r = resolve(s);
    if (seen.has(r)) return [];
    seen.add(r);
    const parts = [...(r.allOf ?? []), ...(r.oneOf ?? []), ...(r.anyOf ?? [])];
    return [...(r.type ? [r.type] : []), ...parts.flatMap((p) => types(p, seen))];
  };

  it("every *Key property in the spec is a string, never a number", () => {
    const keys: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      for (const [prop, ps] of Object.entries(resolve(schema).properties ?? {})) {
        if (!/Key$/.test(prop)) continue;
        const t = types(ps);
        if (t.includes("object") || t.includes("array")) continue;
        keys.push(`${name}.${prop}`);
        expect(t, `${name}.${prop}`).not.toContain("integer");
        expect(t, `${name}.${prop}`).not.toContain("number");
        expect(t, `${name}.${prop}`).toContain("string");
      }
    }
    expect(keys.length).toBeGreaterThan(100);
  });

  it("no generated property named *Key is typed as a number", () => {
    const schemaTs = readFileSync(new URL("../src/generated/schema.ts", import.meta.url), "utf8");
    expect(schemaTs.match(/\b\w+Key\??: (number|components\["schemas"\]\["(?:Integer|Long|Number)\w*"\])/g)).toBeNull();
  });
});
