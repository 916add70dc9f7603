import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describeError } from "./messages.js";

function pathOf(issue: StandardSchemaV1.Issue): string {
  const parts = (issue.path ?? []).map((p) => String(typeof p === "object" && p !== null ? p.key : p));
  return parts.length ? `${parts.join(".")}: ` : "";
}

/**
 * Validates job variables with a Standard Schema (https://standardschema.dev: zod, valibot, arktype, ...) through
 * its `~standard.validate`; the output (possibly transformed) becomes `job.variables`.
 */
export async function validateVariables(
  schema: StandardSchemaV1,
  variables: unknown,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  try {
    const result = await schema["~standard"].validate(variables);
    if (!result.issues) return { ok: true, value: result.value };
    const text = result.issues.map((i) => `${pathOf(i)}${i.message}`).join("; ");
    return { ok: false, message: describeError(`variables do not match the worker's inputSchema: ${text}`) };
  } catch (e) {
    return { ok: false, message: describeError(`the worker's inputSchema threw: ${describeError(e)}`) };
  }
}
