// API diff classification on the real 8.8 and 8.9 specs and on specs derived from 8.8 by the test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { diffSpecs } from "../spec-diff.mjs";
import { renderChangeset, renderReport, renderSummary } from "../diff-report.mjs";

type Change = { severity: string; where: string; path: string; message: string };
type Diff = {
  added: Array<{ operationId: string }>;
  removed: Array<{ operationId: string }>;
  changed: Array<{ operationId: string; changes: Change[] }>;
  schemaChanges: Change[];
  bump: string;
};

const repoRoot = join(import.meta.dirname, "..", "..", "..");
const spec88Path = join(repoRoot, "spec", "history", "camunda-8.8-rest-api.yaml");
const spec89Path = join(repoRoot, "spec", "history", "camunda-8.9-rest-api.yaml");
const spec88 = parse(readFileSync(spec88Path, "utf8"));
const spec89 = parse(readFileSync(spec89Path, "utf8"));
const derive = () => structuredClone(spec88);
const diff = (a: unknown, b: unknown) => diffSpecs(a, b) as Diff;
const changesOf = (d: Diff, id: string) => d.changed.find((c) => c.operationId === id)?.changes ?? [];
const meta = { oldVersion: "8.8", newVersion: "test", oldSha: "a".repeat(64), newSha: "b".repeat(64), date: "2026-11-27" };

describe("diffSpecs on Camunda 8.8 -> 8.9", () => {
  const d = diff(spec88, spec89);

  it("finds 36 operations added and none removed", () => {
    expect(d.added).toHaveLength(36);
    expect(d.removed).toHaveLength(0);
    expect(d.added.map((o) => o.operationId)).toContain("evaluateExpression");
  });

  it("classifies the breaking changes in existing operations and calls for a major release", () => {
    const incidents = changesOf(d, "searchIncidents");
    expect(incidents).toContainEqual(
      expect.objectContaining({ severity: "breaking", where: "request body", path: "sort[].field", message: 'enum value "errorMessage" removed' }),
    );
    expect(changesOf(d, "getProcessInstance")).toContainEqual(
      expect.objectContaining({ severity: "breaking", where: "response 200", path: "endDate", message: "now nullable" }),
    );
    expect(d.schemaChanges).toContainEqual(expect.objectContaining({ severity: "breaking", where: "schema ProcessInstanceIncidentSearchQuery" }));
    expect(d.bump).toBe("major");
  });

  it("treats the page oneOf gaining LimitPagination as additive", () => {
    expect(changesOf(d, "searchProcessInstances")).toContainEqual(
      expect.objectContaining({ severity: "additive", path: "page", message: "variant LimitPagination added" }),
    );
  });

  it("back from 8.9 to 8.8 removes the 36 operations: major", () => {
    const back = diff(spec89, spec88);
    expect(back.removed).toHaveLength(36);
    expect(back.added).toHaveLength(0);
    expect(back.bump).toBe("major");
  });

  it("renders a summary and a report that name the counts and the bump", () => {
    const summary = renderSummary(d, meta);
    expect(summary).toContain("36 added, 0 removed");
    expect(summary).toContain("major: breaking changes");
    const names = (doc: { components: { schemas: object } }) => Object.keys(doc.components.schemas);
    const added = names(spec89).filter((n) => !names(spec88).includes(n)).length;
    expect(added).toBeGreaterThan(0);
    expect(summary).toContain(`- Named schemas (\`Schema<"Name">\`): ${added} added, 1 removed (\`ProcessInstanceIncidentSearchQuery\`).`);
    expect(renderReport(d, meta)).toContain("- `evaluateExpression`: POST /expression/evaluation");
    expect(renderChangeset(d, meta).startsWith('---\n"@c8rest/client": major\n---\n\nSpec update: Camunda 8.8 -> test')).toBe(true);
  });
});

describe("diffSpecs on specs derived from 8.8", () => {
  it("reports nothing and bump none for the same spec", () => {
    const d = diff(spec88, derive());
    expect(d.changed).toEqual([]);
    expect(d.bump).toBe("none");
  });

  it("an operation removed: breaking, major", () => {
    const next = derive();
    delete next.paths["/topology"].get;
    const d = diff(spec88, next);
    expect(d.removed.map((o) => o.operationId)).toEqual(["getTopology"]);
    expect(d.bump).toBe("major");
  });

  it("a request field made required: breaking, major", () => {
    const next = derive();
    next.components.schemas.MessagePublicationRequest.required.push("correlationKey");
    const d = diff(spec88, next);
    expect(changesOf(d, "publishMessage")).toEqual([
      { severity: "breaking", where: "request body", path: "correlationKey", message: "request field is now required" },
    ]);
    expect(d.bump).toBe("major");
  });

  it("an enum value removed: breaking wherever the enum is used, major", () => {
    const next = derive();
    next.components.schemas.ProcessInstanceStateEnum.enum = ["ACTIVE", "COMPLETED"];
    const d = diff(spec88, next);
    const changes = changesOf(d, "getProcessInstance");
    expect(changes).toContainEqual(
      expect.objectContaining({ severity: "breaking", where: "response 200", path: "state", message: 'enum value "TERMINATED" removed' }),
    );
    expect(d.changed.flatMap((c) => c.changes).every((c) => c.severity === "breaking")).toBe(true);
    expect(d.bump).toBe("major");
  });

  it("an enum value added: additive, minor", () => {
    const next = derive();
    next.components.schemas.ProcessInstanceStateEnum.enum.push("SUSPENDED");
    const d = diff(spec88, next);
    expect(changesOf(d, "getProcessInstance")).toContainEqual(
      expect.objectContaining({ severity: "additive", path: "state", message: 'enum value "SUSPENDED" added' }),
    );
    expect(d.bump).toBe("minor");
  });

  it("only a description changed: patch", () => {
    const next = derive();
    next.paths["/topology"].get.description = "Returns the brokers and partitions of the cluster.";
    next.components.schemas.TopologyResponse.properties.clusterSize.description = "How many brokers there are.";
    const d = diff(spec88, next);
    expect(changesOf(d, "getTopology")).toEqual([
      { severity: "description", where: "operation", path: "", message: "description changed" },
      { severity: "description", where: "response 200", path: "clusterSize", message: "description changed" },
    ]);
    expect(d.bump).toBe("patch");
  });

  it("a new optional request field and a new operation: additive, minor", () => {
    const next = derive();
    next.components.schemas.MessagePublicationRequest.properties.priority = { type: "integer" };
    next.paths["/topology/health"] = { get: { operationId: "getTopologyHealth", responses: { "204": { description: "ok" } } } };
    const d = diff(spec88, next);
    expect(d.added.map((o) => o.operationId)).toEqual(["getTopologyHealth"]);
    expect(changesOf(d, "publishMessage")).toEqual([
      { severity: "additive", where: "request body", path: "priority", message: "new optional request field" },
    ]);
    expect(d.bump).toBe("minor");
  });

  it("a new required request field, a new required parameter, a changed type, a response field removed: each breaking", () => {
    const next = derive();
    next.components.schemas.MessagePublicationRequest.properties.priority = { type: "integer" };
    next.components.schemas.MessagePublicationRequest.required.push("priority");
    next.paths["/topology"].get.parameters = [{ name: "verbose", in: "query", required: true, schema: { type: "boolean" } }];
    next.components.schemas.TopologyResponse.properties.clusterSize.type = "string";
    delete next.components.schemas.TopologyResponse.properties.gatewayVersion;
    const d = diff(spec88, next);
    expect(changesOf(d, "publishMessage")).toContainEqual(
      expect.objectContaining({ severity: "breaking", path: "priority", message: "new required request field" }),
    );
    const topology = changesOf(d, "getTopology").filter((c) => c.severity === "breaking");
    expect(topology.map((c) => `${c.where}|${c.path}|${c.message}`).sort()).toEqual([
      "parameter query verbose||new required parameter",
      "response 200|clusterSize|changed type from integer to string",
      "response 200|gatewayVersion|response field removed",
    ]);
    expect(d.bump).toBe("major");
  });

  it("a new optional parameter and a new response field are additive", () => {
    const next = derive();
    next.paths["/topology"].get.parameters = [{ name: "verbose", in: "query", schema: { type: "boolean" } }];
    next.components.schemas.TopologyResponse.properties.region = { type: "string" };
    const d = diff(spec88, next);
    expect(changesOf(d, "getTopology").map((c) => `${c.severity}|${c.where}|${c.path}|${c.message}`)).toEqual([
      "additive|parameter query verbose||new optional parameter",
      "additive|response 200|region|new response field",
    ]);
    expect(d.bump).toBe("minor");
  });

  it("a path moved, a parameter removed, a request body removed: breaking", () => {
    const next = derive();
    next.paths["/cluster/topology"] = next.paths["/topology"];
    delete next.paths["/topology"];
    const publish = next.paths["/messages/publication"].post;
    delete publish.requestBody;
    const d = diff(spec88, next);
    expect(changesOf(d, "getTopology")).toContainEqual(
      expect.objectContaining({ severity: "breaking", message: "moved from GET /topology to GET /cluster/topology" }),
    );
    expect(changesOf(d, "publishMessage")).toContainEqual(expect.objectContaining({ severity: "breaking", message: "request body removed" }));
    expect(d.bump).toBe("major");
  });

  it("response fields: now nullable or optional is breaking, now always present is additive", () => {
    const next = derive();
    const topology = next.components.schemas.TopologyResponse;
    topology.properties.gatewayVersion.nullable = true;
    topology.required = topology.required.filter((n: string) => n !== "clusterSize");
    const d = diff(spec88, next);
    expect(changesOf(d, "getTopology").map((c) => `${c.severity}|${c.path}|${c.message}`)).toEqual([
      "breaking|clusterSize|response field may now be absent",
      "breaking|gatewayVersion|now nullable",
    ]);
    const back = diff(next, spec88);
    expect(changesOf(back, "getTopology").map((c) => `${c.severity}|${c.path}|${c.message}`)).toEqual([
      "additive|clusterSize|response field is now always present",
      "additive|gatewayVersion|no longer nullable",
    ]);
    expect(back.bump).toBe("minor");
  });

  it("a request field that becomes a oneOf still accepting the old shape is additive; a different oneOf is breaking", () => {
    const widened = derive();
    const props = widened.components.schemas.MessagePublicationRequest.properties;
    props.timeToLive = { oneOf: [{ type: "integer", format: "int64" }, { type: "string", pattern: "^P" }] };
    expect(changesOf(diff(spec88, widened), "publishMessage")).toContainEqual(
      expect.objectContaining({ severity: "additive", path: "timeToLive", message: "now a oneOf/anyOf that still accepts the former shape" }),
    );
    const changed = derive();
    changed.components.schemas.MessagePublicationRequest.properties.timeToLive = { oneOf: [{ type: "string" }, { type: "boolean" }] };
    const d = diff(spec88, changed);
    expect(changesOf(d, "publishMessage")).toContainEqual(
      expect.objectContaining({ severity: "breaking", path: "timeToLive", message: "changed type: now a oneOf/anyOf" }),
    );
    expect(d.bump).toBe("major");
  });

  it("a named schema removed is breaking even when no operation uses it", () => {
    const next = derive();
    next.components.schemas.UnusedOldThing = { type: "object" };
    expect(diff(spec88, next).bump).toBe("patch"); // a named schema added on its own
    expect(diff(next, spec88).schemaChanges).toEqual([
      expect.objectContaining({ severity: "breaking", where: "schema UnusedOldThing" }),
    ]);
    expect(diff(next, spec88).bump).toBe("major");
  });
});
