// The generator's packed operation table (scripts/operation-table.mjs), on operations the pinned spec does not have.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { collectOperations, packLines, pathNoun, renderOperationTable } from "../scripts/operation-table.mjs";

const op = (operationId: string, extra: object = {}) => ({ operationId, responses: { "200": { description: "ok" } }, ...extra });
const doc = {
  paths: {
    "/widgets": { get: op("listWidgets"), post: op("createWidget") },
    "/widgets/search": { post: op("searchWidgets", { "x-eventually-consistent": true }) },
    "/widgets/{widgetKey}": { get: op("get$Widget_2"), delete: op("deleteWidget"), patch: op("patchWidget") },
    "/sprockets/{id}/boxes": { put: op("boxSprocket"), post: op("searchWidgetBoxes") },
    "/cluster/v2/status": { get: op("getStatus") },
    "/files": { post: op("uploadFiles", { requestBody: { content: { "multipart/form-data": { schema: { type: "object" } } } } }) },
  },
};
const dir = mkdtempSync(join(tmpdir(), "c8rest-operation-table-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The rendered operations.ts, loaded as a module (vitest compiles the TypeScript). */
async function load(name: string, ops: unknown[]): Promise<{ operationTable: Record<string, unknown>; longPollPostPaths: string[] }> {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, renderOperationTable(ops, { file: "test.yaml", camundaVersion: "0.0" }, "0".repeat(64)));
  return import(pathToFileURL(file).href);
}

describe("packed operation table", () => {
  it("reads back every row: any identifier as operationId ($, _, digits), nouns, flags, several methods per path", async () => {
    const ops = collectOperations(doc) as { operationId: string; method: string; path: string; kind: string; eventuallyConsistent: boolean; multipart: boolean }[];
    const { operationTable } = await load("ids", ops);
    expect(Object.keys(operationTable).sort()).toEqual(ops.map((o) => o.operationId).sort());
    for (const o of ops) {
      expect(operationTable[o.operationId], o.operationId).toEqual({
        method: o.method,
        path: o.path,
        kind: o.kind,
        ...(o.eventuallyConsistent ? { eventuallyConsistent: true } : {}),
        ...(o.multipart ? { multipart: true } : {}),
      });
    }
    expect(operationTable.searchWidgets).toEqual({ method: "POST", path: "/widgets/search", kind: "query", eventuallyConsistent: true });
    expect(operationTable.uploadFiles).toEqual({ method: "POST", path: "/files", kind: "command", multipart: true });
  });

  it("writes a path's noun as a mark, one line per path", () => {
    expect(pathNoun("/process-instances/{processInstanceKey}")).toBe("ProcessInstances");
    const lines = packLines(collectOperations(doc));
    expect(lines).toContain("/widgets Pcreate# Glist%?");
    expect(lines.filter((l: string) => l.startsWith("/widgets/{widgetKey} "))).toHaveLength(1);
  });

  it("refuses a path with white space, which the packed lines could not hold", () => {
    expect(() => packLines([{ operationId: "x", method: "GET", path: "/a b", kind: "query", eventuallyConsistent: false, multipart: false }])).toThrow(/white space/);
  });
});
