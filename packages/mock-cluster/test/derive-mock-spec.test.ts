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

  it("serves operations with their own servers at their server's path, and names the spec's bearer scheme", () => {
    const own = { url: "{schema}://{host}:{port}", variables: { schema: { default: "http" }, host: { default: "localhost" }, port: { default: "8080" } } };
    const spec = {
      openapi: "3.0.3",
      servers: [{ url: "{schema}://{host}:{port}/v2" }],
      paths: {
        "/cluster/v2/topology": { servers: [own], get: { operationId: "a" } },
        "/maintenance": { get: { operationId: "b" }, post: { operationId: "c", servers: [{ url: "http://localhost:8080/admin/" }] } },
      },
      components: { securitySchemes: { basicAuth: { type: "http", scheme: "basic" }, bearerAuth: { type: "http", scheme: "bearer" } } },
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document, inspected by shape
    const derived = deriveMockSpec(spec) as Record<string, any>;
    expect(derived.paths).toEqual({
      "/cluster/v2/topology": { get: { operationId: "a" } },
      "/v2/maintenance": { get: { operationId: "b" } },
      "/admin/maintenance": { post: { operationId: "c" } },
    });
    expect(derived.security).toEqual([{ bearerAuth: [] }]);
  });

  it("a schema closed by additionalProperties: false declares what its allOf members declare", () => {
    const spec = {
      openapi: "3.0.3",
      paths: {},
      components: {
        schemas: {
          Base: { type: "object", properties: { page: { type: "object" } } },
          Query: { type: "object", additionalProperties: false, allOf: [{ $ref: "#/components/schemas/Base" }], properties: { filter: { type: "object" } } },
        },
      },
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document, inspected by shape
    const query = (deriveMockSpec(spec) as Record<string, any>).components.schemas.Query;
    expect(query.properties).toEqual({ filter: { type: "object" }, page: {} });
    expect(query.allOf).toEqual([{ $ref: "#/components/schemas/Base" }]);
  });

  it("drops a type beside a oneOf (the variants carry theirs)", () => {
    const spec = { openapi: "3.0.3", paths: {}, components: { schemas: { F: { type: "object", oneOf: [{ type: "string" }, { type: "object" }] } } } };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document, inspected by shape
    expect((deriveMockSpec(spec) as Record<string, any>).components.schemas.F).toEqual({ oneOf: [{ type: "string" }, { type: "object" }] });
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
    // under /v2, or at the root for the operations with their own `servers` (8.10's /cluster/v2/...; none in 8.9)
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document, inspected by shape
    const paths = (spec as Record<string, any>).paths;
    const base = (o: { method: string; path: string }) => (paths[o.path].servers ?? paths[o.path][o.method].servers ? "" : MOCK_API_PREFIX);
    const original = listOperations(spec).map((o) => `${o.method} ${base(o)}${o.path}`);
    expect(listOperations(derived).map((o) => `${o.method} ${o.path}`).sort()).toEqual(original.sort());
    expect(original.length).toBeGreaterThan(0);
  });
});
