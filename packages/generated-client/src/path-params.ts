// Path parameters that would send a call to another path are refused before anything is sent.
import type { PathSerializer } from "openapi-fetch";
import { operationTable } from "./generated/operations.js";

/** Stable code of {@link CamundaPathParameterError}: a path parameter is missing or would change the path. */
export const PATH_PARAMETER_ERROR_CODE = "C8REST_PATH_PARAMETER_INVALID" as const;

/**
 * The operationId of a method and a path template of the spec (`"DELETE"`, `"/groups/{groupId}/users/{username}"`).
 *
 * @example
 * operationIdFor("GET", "/topology"); // "getTopology"
 */
export function operationIdFor(method: string, template: string): string | undefined {
  return Object.keys(operationTable).find((id) => {
    const op = operationTable[id as keyof typeof operationTable];
    return op.method === method && op.path === template;
  });
}

/**
 * Thrown by a call, before anything is sent, when a path parameter is missing, empty, only dots (`.`, `..`, also
 * percent-encoded: `%2e`, `.%2E`) or serialized with a `/`, `?`, `#` or `\`: URL normalisation (RFC 3986 §5.2.4,
 * https://url.spec.whatwg.org/#path-state) would resolve such a segment away, so that the request reaches another
 * operation (`DELETE /groups/../users/bob` is `DELETE /users/bob`). `parameter` names it.
 *
 * @example
 * try {
 *   await client.DELETE("/groups/{groupId}/users/{username}", { params: { path: { groupId: "..", username: "bob" } } });
 * } catch (e) {
 *   if (e instanceof CamundaPathParameterError) console.error(e.parameter, e.operationId); // "groupId" "unassignUserFromGroup"
 * }
 */
export class CamundaPathParameterError extends Error {
  override readonly name = "CamundaPathParameterError";
  readonly code = PATH_PARAMETER_ERROR_CODE;
  // `declare`d fields are set in the constructor: no empty field definitions are emitted (smaller bundles).
  /** The path parameter, e.g. `"groupId"`. */
  declare readonly parameter: string;
  /** The spec's operationId, when the path template is one of the spec's. */
  declare readonly operationId: string | undefined;
  declare readonly method: string;
  /** The path template, e.g. `/groups/{groupId}/users/{username}`. */
  declare readonly path: string;

  constructor(method: string, path: string, parameter: string, value: unknown) {
    const operationId = operationIdFor(method, path);
    const shown = JSON.stringify(String(value)).slice(0, 40);
    super(
      `${operationId ?? method} (${method} ${path}): path parameter "${parameter}" ${
        value === undefined || value === null
          ? `is missing; pass params.path.${parameter}`
          : `is ${shown}, which URL normalisation would turn into another path; pass the ${parameter} itself`
      }. Nothing was sent.`,
    );
    this.parameter = parameter;
    this.operationId = operationId;
    this.method = method;
    this.path = path;
  }
}

const SEPARATOR = /[/?#\\\t\n\r]/;
const DOTS = /^\.*$/;

/** Whether a serialized segment is (or percent-decodes to) empty or only dots, or holds a separator. */
function unsafe(segment: string): boolean {
  if (SEPARATOR.test(segment)) return true;
  // The URL parser takes `%2e` for `.`; a server may decode again (and again): a few levels are checked.
  for (let s = segment, i = 0; i < 6; i++) {
    if (DOTS.test(s)) return true;
    let decoded: string;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      return false;
    }
    if (decoded === s) return false;
    s = decoded;
  }
  return false;
}

/**
 * Checks each `{parameter}` segment of a path template as `serialize` (openapi-fetch's path serializer) writes it.
 *
 * @throws {CamundaPathParameterError} naming the first parameter that is missing or would change the path.
 * @example
 * checkPathParameters("GET", "/users/{username}", { username: "alice" }, defaultPathSerializer); // passes
 */
export function checkPathParameters(
  method: string,
  template: string,
  params: Record<string, unknown> | undefined,
  serialize: PathSerializer,
): void {
  if (!template.includes("{")) return;
  for (const segment of template.split("/")) {
    for (const [, name] of segment.matchAll(/\{([^{}]+)\}/g)) {
      const value = params?.[name!];
      if (value === undefined || value === null || unsafe(serialize(segment, params!))) {
        throw new CamundaPathParameterError(method, template, name!, value);
      }
    }
  }
}
