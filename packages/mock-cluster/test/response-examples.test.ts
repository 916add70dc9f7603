// The mock spec's generated response examples validate against the spec's own schemas (keys match their patterns,
// enums, formats, ranges), and the topology is consistent with the spec's Camunda version.
import { describe, expect, it } from "vitest";
import { deriveMockSpec, loadMockSpec } from "../src/derive-mock-spec.js";
import { responseExample } from "../src/response-examples.js";
import { resolveRef, type JsonSchema } from "../src/sample-value.js";
import { listOperations, loadSpec } from "./contract/spec-operations.js";
import { pinnedGatewayVersion } from "./support/pinned-spec.js";
import { specValidator } from "./support/spec-validator.js";

const spec = loadSpec();
const mock = deriveMockSpec(spec) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
// Against the spec the mock serves: its all-string `oneOf`s are `anyOf`s (no value could match exactly one of them).
const validate = specValidator(mock);

describe("generated response examples", () => {
  const cases = listOperations(spec).flatMap((operation) =>
    Object.entries(operation.responseSchemas).map(([key, schema]) => [`${operation.operationId} ${key}`, operation, key, schema] as const),
  );

  it("cover every documented response with content", () => {
    expect(cases.length).toBeGreaterThan(listOperations(spec).length);
  });

  it.each(cases)("%s validates against the spec", (_name, operation, key, schema) => {
    const [status, contentType] = key.split(" ") as [string, string];
    const response = resolveRef<Record<string, any>>(mock, (mock.paths[`/v2${operation.path}`] ?? mock.paths[operation.path])[operation.method].responses[status]); // eslint-disable-line @typescript-eslint/no-explicit-any
    const example = response["content"][contentType]["example"];
    expect(example).toBeDefined();
    expect(validate(schema, example)).toEqual([]);
  });

  it("topology: gateway and brokers on the spec's Camunda version, one broker per cluster member", () => {
    const topology = responseExample(spec, { $ref: "#/components/schemas/TopologyResponse" }, "7.3.0") as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(topology["gatewayVersion"]).toBe("7.3.0");
    expect(topology["brokers"].length).toBeGreaterThan(0);
    expect(topology["brokers"]).toHaveLength(topology["clusterSize"]);
    for (const broker of topology["brokers"]) expect(broker.version).toBe("7.3.0");
  });

  it("the mock served by default reports the pinned spec's Camunda version (spec/spec-meta.json)", async () => {
    const served = (await loadMockSpec()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const topology = resolveRef<Record<string, any>>(served, served.paths["/v2/topology"].get.responses["200"]).content["application/json"].example; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(topology.gatewayVersion).toBe(pinnedGatewayVersion);
    for (const broker of topology.brokers) expect(broker.version).toBe(pinnedGatewayVersion);
  });

  it("a search counts the items it returns", () => {
    const schema: JsonSchema = { $ref: "#/components/schemas/ProcessInstanceSearchQueryResult" };
    const result = responseExample(spec, schema, pinnedGatewayVersion) as { items: unknown[]; page: { totalItems: number } };
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.page.totalItems).toBe(result.items.length);
  });

  it("the validator can fail: a key that breaks its pattern is caught", () => {
    expect(validate({ $ref: "#/components/schemas/ProcessInstanceKey" }, "string")).not.toEqual([]);
  });
});
