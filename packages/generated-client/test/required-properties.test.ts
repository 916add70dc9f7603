// Every `required` property of a schema's allOf chain (any depth) is required in the generated types, on the
// request and the response side: checked for every schema of the pinned spec and on a small three-level fixture.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDir } from "../../../config/temp-dir.mjs";
import { readSpecSource } from "../scripts/spec-source.mjs";
import { keepDeepRequired } from "../scripts/allof-required.mjs";
import { failingChecks, requiredChecks } from "./support/required-check.js";

const temps: string[] = [];
afterAll(() => temps.forEach(removeTempDir));

/** schema.ts for a parsed document, with or without the generator's allOf transform. */
async function schemaFileFor(doc: object, transform: boolean): Promise<string> {
  const dir = makeTempDir("c8rest-required-schema-");
  temps.push(dir);
  const input = transform ? keepDeepRequired(doc).doc : doc;
  const file = join(dir, "schema.ts");
  writeFileSync(file, astToString(await openapiTS(input, { defaultNonNullable: false, silent: true })));
  return file;
}

const fixture = parse(`
openapi: 3.0.3
info: { title: fixture, version: "1" }
paths:
  /listeners:
    post:
      operationId: createListener
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/CreateRequest" } } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                allOf: [{ $ref: "#/components/schemas/Middle" }]
                required: [id, type]
                properties: { id: { type: string } }
components:
  schemas:
    Base: { type: object, properties: { type: { type: string }, retries: { type: integer } } }
    Middle: { type: object, allOf: [{ $ref: "#/components/schemas/Base" }], properties: { events: { type: array, items: { type: string } } } }
    CreateRequest: { type: object, required: [id, type, events], allOf: [{ $ref: "#/components/schemas/Middle" }], properties: { id: { type: string } } }
`);

describe("required properties through allOf chains", () => {
  it("a name declared two allOf levels down: optional without the transform, required with it (request and response)", async () => {
    const checks = requiredChecks(fixture);
    expect(checks.map((c) => c.label)).toContain("request POST /listeners.type");
    expect(checks.map((c) => c.label)).toContain("response 200 POST /listeners.type");
    const without = failingChecks(await schemaFileFor(fixture, false), checks);
    expect(without.sort()).toEqual(["request POST /listeners.type", "response 200 POST /listeners.type", "schema CreateRequest.type"]);
    expect(failingChecks(await schemaFileFor(fixture, true), checks)).toEqual([]);
  }, 60_000);

  it("holds for every schema, request body and response of the pinned spec (src/generated/schema.ts)", () => {
    const doc = parse(readSpecSource().text);
    const checks = requiredChecks(doc);
    expect(checks.length).toBeGreaterThan(0);
    const schemaFile = join(import.meta.dirname, "..", "src", "generated", "schema.ts");
    expect(failingChecks(schemaFile, checks)).toEqual([]);
  }, 120_000);
});
