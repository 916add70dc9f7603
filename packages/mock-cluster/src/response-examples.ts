// Faithful response examples for the mock spec: Prism 5.14.2 answers with a response's `example` as it is, so every
// documented response gets one generated from its schema (valid keys, formats, enums, ranges), in place of the
// spec's own examples (which break the spec's key patterns) and of Prism's "string" placeholders.
import { resolveRef, sampleValue, type JsonSchema, type SpecDocument } from "./sample-value.js";
import { camundaVersion } from "./spec-version.js";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

type Json = Record<string, unknown>;

/**
 * Makes generated values consistent where the schema alone cannot: a topology's broker list matches its cluster
 * size and its versions the spec's Camunda version; a search page counts the items it returns.
 */
function makeConsistent(value: unknown, gatewayVersion: string): void {
  if (!value || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) makeConsistent(item, gatewayVersion);
    return;
  }
  const node = value as Json;
  if (Array.isArray(node["brokers"]) && "clusterSize" in node && "gatewayVersion" in node) {
    const brokers = node["brokers"] as Json[];
    brokers.forEach((broker, i) => {
      broker["nodeId"] = i;
      broker["version"] = gatewayVersion;
      // The sampled partition keeps the fields a newer spec adds (8.10's required `state`).
      const sampled = (Array.isArray(broker["partitions"]) ? (broker["partitions"] as Json[])[0] : undefined) ?? {};
      broker["partitions"] = [{ ...sampled, partitionId: 1, role: i === 0 ? "leader" : "follower", health: "healthy" }];
    });
    node["clusterSize"] = brokers.length;
    node["partitionsCount"] = 1;
    node["replicationFactor"] = brokers.length;
    node["gatewayVersion"] = gatewayVersion;
  }
  const page = node["page"] as Json | undefined;
  if (Array.isArray(node["items"]) && page && typeof page === "object" && "totalItems" in page) {
    page["totalItems"] = (node["items"] as unknown[]).length;
    if ("hasMoreTotalItems" in page) page["hasMoreTotalItems"] = false;
  }
  for (const child of Object.values(node)) makeConsistent(child, gatewayVersion);
}

/**
 * The example the mock answers for one response schema: every property filled, consistent (see above).
 *
 * @example
 * responseExample(spec, { $ref: "#/components/schemas/TopologyResponse" }, "8.9.0").gatewayVersion; // "8.9.0"
 */
export function responseExample(spec: SpecDocument, schema: unknown, gatewayVersion: string): unknown {
  const value = sampleValue(spec, schema, { optional: true });
  makeConsistent(value, gatewayVersion);
  return value;
}

/**
 * Replaces the example of every response content of every operation of `spec` (in place; call it on a copy) with
 * one generated from its schema. Shared responses under `components.responses` are reached through their `$ref`.
 * The topology reports `version` (default: read from the spec, see `camundaVersion`) as `<major>.<minor>.0`.
 *
 * @example
 * setResponseExamples(copy); // copy.paths["/v2/topology"].get.responses["200"].content["application/json"].example
 */
export function setResponseExamples(spec: SpecDocument, version: string = camundaVersion(spec)): void {
  const gatewayVersion = `${version.split(".").slice(0, 2).join(".")}.0`;
  const done = new Set<object>();
  for (const item of Object.values((spec["paths"] ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      for (const raw of Object.values((operation?.["responses"] ?? {}) as Record<string, unknown>)) {
        const response = resolveRef<Json>(spec, raw);
        for (const media of Object.values((response["content"] ?? {}) as Record<string, Json>)) {
          if (done.has(media) || !media["schema"]) continue;
          done.add(media);
          media["example"] = responseExample(spec, media["schema"] as JsonSchema, gatewayVersion);
          delete media["examples"];
        }
      }
    }
  }
}
