import { longPollPostPaths, operationTable, type OperationInfo } from "../generated/operations.js";

/** Whether a concrete path (`/user-tasks/123/variables/search`) matches a template (`/user-tasks/{userTaskKey}/...`). */
export function matchesTemplate(path: string, template: string): boolean {
  const a = path.split("/");
  const b = template.split("/");
  return a.length === b.length && b.every((s, i) => (s[0] === "{" ? a[i] !== "" : s === a[i]));
}

/** One RegExp for a list of templates: `{param}` matches one non-empty segment, the rest literally. */
function templatesPattern(templates: readonly string[]): RegExp {
  const one = (t: string) => t.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}/]*\}/g, "[^/]+");
  return new RegExp(`^(?:${templates.map(one).join("|")})$`);
}
let queryPattern: RegExp | undefined;

/** The paths of the POST operations the generated table marks as queries (searches, statistics). */
function queryPostPaths(): string[] {
  return (Object.values(operationTable) as OperationInfo[]).filter((o) => o.method === "POST" && o.kind === "query").map((o) => o.path);
}

/**
 * Whether a request may be sent twice without a second effect: GET, HEAD, OPTIONS, PUT and DELETE are idempotent by
 * definition (RFC 9110 §9.2.2); a POST only when the spec's operation is a query (search, statistics), from the
 * generated table. PATCH and every other POST are not.
 */
export function isIdempotent(method: string, path: string): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS" || method === "PUT" || method === "DELETE") return true;
  return method === "POST" && (queryPattern ??= templatesPattern(queryPostPaths())).test(path);
}

/** Whether the operation long-polls (its body's `requestTimeout` says how long the server may hold it). */
export function isLongPoll(method: string, path: string): boolean {
  return method === "POST" && longPollPostPaths.includes(path);
}
