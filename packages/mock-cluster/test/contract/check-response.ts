// The checks of one contract case: Prism's request violations, documented status, documented content type.
import type { SpecOperation } from "./spec-operations.js";

export interface Violation {
  location: string[];
  severity?: string;
  code?: string | number;
  message: string;
}

/** Prism's `sl-violations` header (a JSON array), or [] when absent. */
export function violations(response: Response): Violation[] {
  const raw = response.headers.get("sl-violations");
  return raw ? (JSON.parse(raw) as Violation[]) : [];
}

/** Violations of the request (what the client sent): these fail a contract case. */
export function requestViolations(response: Response): Violation[] {
  return violations(response).filter((v) => v.location[0] === "request");
}

/** Violations of Prism's own answer (the spec's examples against its schemas): reported, not failed. */
export function responseViolations(response: Response): Violation[] {
  return violations(response).filter((v) => v.location[0] === "response");
}

export interface CallResult {
  response: Response;
  data?: unknown;
  error?: unknown;
}

/** Every way `result` breaks the contract of `operation`; empty when it holds. */
export function contractProblems(operation: SpecOperation, result: CallResult): string[] {
  const problems: string[] = [];
  const { response } = result;
  for (const v of requestViolations(response)) problems.push(`request violation at ${v.location.join(".")}: ${v.message}`);
  const status = String(response.status);
  const documented = operation.responses[status] ?? operation.responses["default"];
  if (!documented) {
    problems.push(`status ${status} is not documented (documented: ${Object.keys(operation.responses).join(", ")})`);
    return problems;
  }
  if (!response.ok) problems.push(`status ${status} for a valid request`);
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const hasBody = response.status !== 204 && response.headers.get("content-length") !== "0";
  if (!hasBody) return problems;
  if (documented.length > 0 && !documented.includes(contentType)) {
    problems.push(`content type "${contentType}" is not documented for ${status} (${documented.join(", ")})`);
  }
  // The body was parsed by the content type (a JSON body that does not parse throws);
  // a JSON problem must be an object here.
  const body = response.ok ? result.data : result.error;
  if (contentType.includes("json") && (body === undefined || (!response.ok && (body === null || typeof body !== "object")))) {
    problems.push(`${status} body is not the documented JSON`);
  }
  if ((contentType.startsWith("text/") || contentType.includes("xml")) && typeof body !== "string") {
    problems.push(`${status} body is not text`);
  }
  return problems;
}

/** The operations of the spec that have no exercised contract case, by operationId. */
export function missingOperations(operations: readonly SpecOperation[], exercised: ReadonlySet<string>): string[] {
  return operations.map((o) => o.operationId).filter((id) => !exercised.has(id));
}
