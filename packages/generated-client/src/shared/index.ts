// @c8rest/client/shared: the pieces of the request path other c8rest packages (e.g. @c8rest/auth) build on, so that
// each exists once. No Node-only import: safe for browsers.
export { parseRetryAfter, backoffMs } from "../transport/retry-policy.js";
export { sleep, MAX_TIMER_MS } from "./sleep.js";
export { sanitiseExcerpt, REDACTED } from "./excerpt.js";
export type { ExcerptOptions } from "./excerpt.js";
export { AUTH_REPLAY, CALL_CONTEXT, callContextOf } from "../transport/call-context.js";
export type { CallContext } from "../transport/call-context.js";
