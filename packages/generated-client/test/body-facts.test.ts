// The generator's body facts and the binary -> Blob transform, on small specs of their own (not only the pinned one).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, describe, expect, it } from "vitest";
import { binaryAsBlob } from "../scripts/binary-blob.mjs";
import { collectMultipartBodies, collectTenantBodies } from "../scripts/body-facts.mjs";

const binary = { type: "string", format: "binary" };
const doc = {
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {
    "/upload": {
      put: {
        operationId: "upload",
        requestBody: {
          content: {
            "multipart/form-data": {
              schema: { $ref: "#/components/schemas/UploadForm" },
              encoding: { note: { contentType: "application/vnd.note+json" } },
            },
          },
        },
        responses: { "204": { description: "ok" } },
      },
    },
    "/things": {
      post: {
        operationId: "createThing",
        requestBody: {
          content: {
            "application/json": {
              schema: { allOf: [{ $ref: "#/components/schemas/Owned" }, { type: "object", properties: { name: { type: "string" } } }] },
            },
          },
        },
        responses: { "200": { description: "ok" } },
      },
    },
    "/tenants": {
      post: {
        operationId: "createTenant",
        requestBody: { content: { "application/json": { schema: { type: "object", required: ["tenantId"], properties: { tenantId: { type: "string" } } } } } },
        responses: { "200": { description: "ok" } },
      },
    },
    "/work": {
      post: {
        operationId: "work",
        requestBody: { content: { "application/json": { schema: { type: "object", properties: { tenantIds: { type: "array", items: { type: "string" } } } } } } },
        responses: { "200": { description: "ok" } },
      },
    },
    "/download": {
      get: { operationId: "download", responses: { "200": { description: "ok", content: { "application/octet-stream": { schema: binary } } } } },
    },
  },
  components: {
    schemas: {
      UploadForm: {
        type: "object",
        required: ["attachments"],
        properties: {
          attachments: { type: "array", items: binary },
          cover: binary,
          details: { $ref: "#/components/schemas/Details" },
          note: { type: "object" },
          count: { type: "integer" },
          tenantId: { type: "string" },
        },
      },
      Details: { type: "object", properties: { title: { type: "string" } } },
      Owned: { type: "object", properties: { tenantId: { type: "string" } } },
    },
  },
};

const dir = mkdtempSync(join(tmpdir(), "c8rest-body-facts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("body facts of the generator", () => {
  it("lists each multipart body with the parts sent as JSON (by schema, or by its encoding)", () => {
    expect(collectMultipartBodies(doc)).toEqual({
      "PUT /upload": { details: "application/json", note: "application/vnd.note+json" },
    });
  });

  it("lists the optional tenantId/tenantIds fields, through $ref and allOf, never a required one", () => {
    expect(collectTenantBodies(doc)).toEqual({ "POST /things": "tenantId", "POST /work": "tenantIds", "PUT /upload": "tenantId" });
  });

  it("types binary parts of a multipart body as Blob, also behind a $ref, and leaves a binary response a string", async () => {
    const file = join(dir, "spec.json");
    writeFileSync(file, JSON.stringify(doc));
    const out = astToString(await openapiTS(pathToFileURL(file), { silent: true, transform: binaryAsBlob(doc) }));
    expect(out).toMatch(/attachments: Blob\[\];/);
    expect(out).toMatch(/cover\?: Blob;/);
    expect(out).toMatch(/"application\/octet-stream": string;/);
  });
});
