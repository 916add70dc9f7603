// Every operation of the spec, sent to the running mock cluster: the request is accepted (no request-side
// violation), the status is a documented 2xx, Prism flags nothing in its own answer, and the body validates against
// the spec's schema for that status and content type (ajv), as a client with strict response validation checks it.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { deriveMockSpec } from "../../src/derive-mock-spec.js";
import { specValidator } from "../support/spec-validator.js";
import { buildRequest } from "./build-request.js";
import { contractProblems, missingOperations, responseViolations } from "./check-response.js";
import { fetchToken, send } from "./send.js";
import { listOperations, loadSpec } from "./spec-operations.js";

const spec = loadSpec();
const operations = listOperations(spec);
const cluster = inject("mockCluster");
// Validated against the spec the mock serves (its all-string oneOfs are anyOfs: no value matches exactly one).
const validate = specValidator(deriveMockSpec(spec));
const exercised = new Set<string>();
let token: string;

beforeAll(async () => {
  token = await fetchToken(cluster);
});

describe("every operation of the spec against the mock cluster", () => {
  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path} (${o.operationId})`, o] as const))("%s", async (_name, operation) => {
    const { response, body } = await send(cluster.address, token, operation, buildRequest(spec, operation));
    expect(contractProblems(operation, { response, data: body, error: body })).toEqual([]);
    expect(responseViolations(response), "Prism's own check of its answer").toEqual([]);
    const contentType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
    const schema = operation.responseSchemas[`${response.status} ${contentType}`];
    if (body !== undefined && contentType.includes("json")) {
      expect(schema, `a schema for ${response.status} ${contentType}`).toBeDefined();
      expect(validate(schema!, body)).toEqual([]);
    }
    exercised.add(operation.operationId);
  });

  it("exercised every operation of the spec", () => {
    const missing = missingOperations(operations, exercised);
    console.log(`operations exercised: ${operations.length - missing.length}/${operations.length}`);
    expect(missing, "operations without a passing case").toEqual([]);
    expect(operations.length).toBeGreaterThan(0); // the spec's own count (183 in Camunda 8.9): tests hold after a spec update
  });
});
