// What the transport knows about the call behind a Response (method, path, attempts), for unwrap() and waitFor().
import type { CallDescription } from "./transport/errors.js";

// A non-enumerable property of the Response (not a WeakMap: a WeakMap entry per response costs the garbage collector
// more), so that util.inspect and JSON never show it; it holds the Authorization header, which only redaction reads.
const INFO = Symbol("c8rest.callInfo");
interface Info {
  call: CallDescription;
  authorization: string | undefined;
}

/**
 * Records the call a response belongs to (the transport does this for every response it returns), and the
 * `Authorization` header the request sent, so that errors can mask it if the server echoes it.
 */
export function rememberCall(response: Response, call: CallDescription, authorization?: string | null): void {
  const info: Info = { call, authorization: authorization || undefined };
  Object.defineProperty(response, INFO, { value: info, configurable: true, writable: true });
}

const infoOf = (response: Response): Info | undefined => (response as unknown as Record<symbol, Info | undefined>)[INFO];

/** The `Authorization` header sent for the request of `response`, when it came through the transport. */
export function sentAuthorization(response: Response): string | undefined {
  return infoOf(response)?.authorization;
}

/** The call a response belongs to, when it came through the transport. */
export function callOf(response: Response): CallDescription | undefined {
  return infoOf(response)?.call;
}
