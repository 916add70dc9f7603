import { callOf, sentAuthorization } from "./call-info.js";
import { excerpt, maskSecrets, secretsOfAuthorization } from "./redact.js";
import { operationTable, type OperationInfo } from "./generated/operations.js";
import { matchesTemplate } from "./transport/routes.js";

/** Stable code of {@link CamundaProblemError}: the cluster answered a call with an HTTP error. */
export const PROBLEM_ERROR_CODE = "C8REST_HTTP_PROBLEM" as const;

/** The RFC 9457 problem details Camunda answers errors with. */
export interface ProblemDetails {
  // `| undefined` keeps CamundaProblemError a valid implementation under exactOptionalPropertyTypes.
  type?: string | undefined;
  title?: string | undefined;
  status?: number | undefined;
  detail?: string | undefined;
  instance?: string | undefined;
}

/** The operationId of a method and a path relative to `/v2`; a literal segment wins over a `{parameter}`. */
export function operationIdOf(method: string, path: string): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const [id, op] of Object.entries(operationTable) as [string, OperationInfo][]) {
    if (op.method !== method || !matchesTemplate(path, op.path)) continue;
    const score = op.path.split("/").filter((s) => !s.startsWith("{")).length;
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best;
}

// The one excerpt() of the client lives with the rest of the redaction.
export { excerpt } from "./redact.js";

function str(v: unknown, secrets: readonly string[]): string | undefined {
  return typeof v === "string" ? maskSecrets(v, secrets) : undefined;
}

/**
 * An HTTP error answer of the cluster as an exception, from {@link unwrap}: the RFC 9457 fields (`type`, `title`,
 * `status`, `detail`, `instance`), the operation (`operationId`, `method`, `path`) and the attempts made. A body that
 * is not a problem document is kept as `bodyExcerpt` (short, sanitised). Never holds headers or the request; the
 * credential the call sent (bearer token, or Basic user:password in every encoding) is masked in every field.
 * See https://www.rfc-editor.org/rfc/rfc9457
 *
 * @example
 * try {
 *   unwrap(await client.GET("/topology"));
 * } catch (e) {
 *   if (e instanceof CamundaProblemError && e.status === 404) console.error(e.title, e.detail);
 * }
 */
export class CamundaProblemError extends Error implements ProblemDetails {
  override readonly name = "CamundaProblemError";
  readonly code = PROBLEM_ERROR_CODE;
  // `declare`d fields are set in the constructor: no empty field definitions are emitted (smaller bundles).
  declare readonly type: string | undefined;
  declare readonly title: string | undefined;
  declare readonly status: number;
  declare readonly detail: string | undefined;
  declare readonly instance: string | undefined;
  /** The spec's operationId (e.g. `getProcessInstance`), when the path is one of the spec's. */
  declare readonly operationId: string | undefined;
  declare readonly method: string;
  declare readonly path: string;
  /** HTTP attempts the transport made (0 when the response did not come through it). */
  declare readonly attempts: number;
  /** The body when it was not a problem document: at most 200 characters, tags and credentials removed. */
  declare readonly bodyExcerpt: string | undefined;

  constructor(response: Response, body: unknown) {
    const call = callOf(response);
    const method = call?.method ?? "HTTP";
    const path = call?.path ?? (response.url ? new URL(response.url).pathname : "?");
    const operationId = operationIdOf(method, path);
    // A server may echo the request's credential; mask it before anything else (RFC 6750 §5.3: never leak tokens).
    const secrets = secretsOfAuthorization(sentAuthorization(response));
    const problem = body !== null && typeof body === "object" ? (body as Record<string, unknown>) : undefined;
    const bodyExcerpt = problem ? undefined : body === undefined || body === "" ? undefined : excerpt(String(body), 200, secrets);
    const title = str(problem?.title, secrets);
    const detail = str(problem?.detail, secrets);
    const what = [title, detail].filter(Boolean).join(": ") || bodyExcerpt || response.statusText || "no details";
    super(`${operationId ?? `${method} ${path}`} failed with HTTP ${response.status}: ${maskSecrets(what, secrets)}`);
    this.type = str(problem?.type, secrets);
    this.title = title;
    // The HTTP status, not the body's `status`: RFC 9457 §3.1.2 has them agree, and where they do not (a proxy, a mock
    // echoing an example) what the server answered is what callers act on.
    this.status = response.status;
    this.detail = detail;
    this.instance = str(problem?.instance, secrets);
    this.operationId = operationId;
    this.method = method;
    this.path = path;
    this.attempts = call?.attempts ?? 0;
    this.bodyExcerpt = bodyExcerpt;
  }
}
