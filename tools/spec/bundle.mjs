// Bundles a multi-file OpenAPI entry (paths and components as `$ref`s into sibling files, as Camunda publishes the
// spec upstream) into one YAML document with @redocly/openapi-core, giving the same bytes as
// `redocly bundle <entry> --ext yaml` (checked against spec/history/camunda-8.10-rest-api.yaml by the tests).
// See https://redocly.com/docs/cli/commands/bundle
import { readFileSync } from "node:fs";
import { bundle, createConfig, stringifyYaml } from "@redocly/openapi-core";
import { SpecUpdateError, SPEC_INVALID, SPEC_UNREADABLE } from "./errors.mjs";

/** The bundler and its pinned version (this workspace's package.json), for SOURCE.md. */
export const BUNDLER = `@redocly/openapi-core ${JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")).dependencies["@redocly/openapi-core"]}`;

// `redocly bundle` writes the top-level keys of an OpenAPI 3 document in this order, the others after them.
const TOP_LEVEL_ORDER = ["openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "externalDocs", "paths", "webhooks", "x-webhooks", "components"];

/**
 * The `$ref`s of a parsed document that point outside it (another file or a URL), at most `max` of them.
 *
 * @param {unknown} doc
 * @param {number} [max]
 * @returns {string[]}
 * @example
 * externalRefs({ paths: { "/a": { $ref: "a.yaml#/paths/~1a" } } }); // ["a.yaml#/paths/~1a"]
 */
export function externalRefs(doc, max = 3) {
  /** @type {string[]} */
  const out = [];
  const stack = [doc];
  while (stack.length > 0 && out.length < max) {
    const node = stack.pop();
    if (!node || typeof node !== "object") continue;
    const ref = /** @type {{ $ref?: unknown }} */ (node).$ref;
    if (typeof ref === "string" && !ref.startsWith("#")) out.push(ref);
    stack.push(...Object.values(node));
  }
  return out;
}

/**
 * Bundles the entry file (a path or an http(s) URL) and its `$ref`'d files into one YAML text.
 *
 * @param {string} entry absolute path or URL of the entry file
 * @param {string} label the entry as messages show it (no credentials)
 * @returns {Promise<{ text: string, files: number }>} the YAML and how many files it was made from
 * @throws {SpecUpdateError} SPEC_UNREADABLE when a referenced file cannot be read, SPEC_INVALID for other problems
 * @example
 * const { text } = await bundleEntry("/src/camunda/zeebe/gateway-protocol/src/main/proto/v2/rest-api.yaml", "rest-api.yaml");
 */
export async function bundleEntry(entry, label) {
  let result;
  try {
    result = await bundle({ config: await createConfig({}), ref: entry });
  } catch (cause) {
    throw new SpecUpdateError(SPEC_UNREADABLE, `cannot bundle ${label}: ${cause.message}; pass the entry file of the spec's folder`, { cause });
  }
  const errors = result.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    const shown = errors.slice(0, 3).map((p) => `${p.message}${p.location?.[0]?.pointer ? ` (at ${p.location[0].pointer})` : ""}`);
    const unresolved = errors.some((p) => /resolve|ENOENT|not found/i.test(p.message));
    throw new SpecUpdateError(
      unresolved ? SPEC_UNREADABLE : SPEC_INVALID,
      `cannot bundle ${label}: ${errors.length} problem(s): ${shown.join("; ")}${unresolved ? "; every file the entry refers to must be beside it, as upstream lays them out" : ""}`,
    );
  }
  const parsed = /** @type {Record<string, unknown>} */ (result.bundle.parsed);
  /** @type {Record<string, unknown>} */
  const ordered = {};
  for (const k of TOP_LEVEL_ORDER) if (k in parsed) ordered[k] = parsed[k];
  for (const k of Object.keys(parsed)) if (!(k in ordered)) ordered[k] = parsed[k];
  return { text: stringifyYaml(ordered, { noRefs: true, lineWidth: -1 }), files: result.fileDependencies.size };
}
