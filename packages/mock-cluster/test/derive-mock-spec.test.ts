import { describe, expect, it } from "vitest";
import { deriveMockSpec, MOCK_API_PREFIX } from "../src/derive-mock-spec.js";
import { listOperations, loadSpec } from "./contract/spec-operations.js";

const page = { oneOf: [{ $ref: "#/components/schemas/Limit" }, { $ref: "#/components/schemas/Cursor" }] };
const tiny = {
  openapi: "3.0.3",
  servers: [{ url: "{schema}://{host}:{port}/v2" }],
  paths: {
    "/topology": { get: { responses: { "200": { description: "ok" } } } },
    "/resources/{key}": { get: { parameters: [{ name: "key", in: "path", schema: { $ref: "#/components/schemas/ResourceKey" } }] } },
    "/deployments": {
      post: {
        requestBody: {
          content: {
            "multipart/form-data": {
              schema: { properties: { resources: { type: "array", items: { type: "string", format: "binary" } } } },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      SearchQueryPageRequest: page,
      Limit: { type: "object", properties: { limit: { type: "integer" } } },
      Cursor: { type: "object", properties: { after: { type: "string" } } },
      Key: { type: "string", pattern: "^-?[0-9]+$" },
      FormKey: { type: "string", allOf: [{ $ref: "#/components/schemas/Key" }] },
      ResourceKey: { type: "string", oneOf: [{ $ref: "#/components/schemas/Key" }, { $ref: "#/components/schemas/FormKey" }] },
      Filter: { oneOf: [{ type: "string" }, { type: "object", properties: { $eq: { type: "string" } } }] },
      State: { oneOf: [{ type: "string", enum: ["A"] }, { type: "string", enum: ["B"] }] },
    },
  },
};

describe("deriveMockSpec", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document, inspected by shape
  const mock = deriveMockSpec(tiny) as Record<string, any>;

  it("serves every path under /v2 and requires a bearer token everywhere", () => {
    expect(Object.keys(mock.paths)).toEqual(["/v2/topology", "/v2/resources/{key}", "/v2/deployments"]);
    expect(mock.security).toEqual([{ BearerAuth: [] }]);
    expect(mock.servers).toEqual([{ url: "http://127.0.0.1" }]);
  });

  it("relaxes the overlapping page variants and all-string oneOfs, and keeps the others", () => {
    const schemas = mock.components.schemas as Record<string, Record<string, unknown>>;
    expect(schemas["SearchQueryPageRequest"]).toEqual({ anyOf: page.oneOf });
    expect(schemas["ResourceKey"]!["anyOf"]).toHaveLength(2);
    expect(schemas["ResourceKey"]!["oneOf"]).toBeUndefined();
    expect(schemas["Filter"]!["oneOf"]).toHaveLength(2); // string vs object: distinguishable
    expect(schemas["State"]!["oneOf"]).toHaveLength(2); // enums: distinguishable
  });

  it("lets a multipart array of files also be a single file", () => {
    const schema = mock.paths["/v2/deployments"]!.post!.requestBody.content["multipart/form-data"].schema;
    expect(schema.properties.resources).toEqual({
      anyOf: [{ type: "array", items: { type: "string", format: "binary" } }, { type: "string", format: "binary" }],
    });
  });

  it("types the JSON parts of a multipart body as strings (Prism never parses a part's JSON)", () => {
    const spec = loadSpec() as Parameters<typeof deriveMockSpec>[0];
    const derived = deriveMockSpec(spec) as Record<string, any>;
    const single = derived.paths["/v2/documents"]!.post!.requestBody.content["multipart/form-data"].schema;
    const batch = derived.paths["/v2/documents/batch"]!.post!.requestBody.content["multipart/form-data"].schema;
    expect(single.properties.metadata).toMatchObject({ type: "string" });
    expect(batch.properties.metadataList).toMatchObject({ type: "string" });
    // The file parts stay binary.
    expect(JSON.stringify(single.properties.file)).toContain("binary");
  });

  it("does not modify its input", () => {
    expect(Object.keys(tiny.paths)[0]).toBe("/topology");
    expect(tiny.components.schemas.SearchQueryPageRequest).toHaveProperty("oneOf");
  });

  it("keeps every operation of the real spec, prefixed", () => {
    const spec = loadSpec();
    const derived = deriveMockSpec(spec);
    const original = listOperations(spec).map((o) => `${o.method} ${MOCK_API_PREFIX}${o.path}`);
    expect(listOperations(derived).map((o) => `${o.method} ${o.path}`)).toEqual(original);
    expect(original).toHaveLength(183); // Camunda 8.9
  });
});
