// What the transport knows about the call behind a Response (method, path, attempts), for unwrap() and waitFor().
import type { CallDescription } from "./transport/errors.js";

const calls = new WeakMap<Response, CallDescription>();
// Kept apart from the description, which errors expose: only redaction reads it.
const credentials = new WeakMap<Response, string>();

/**
 * Records the call a response belongs to (the transport does this for every response it returns), and the
 * `Authorization` header the request sent, so that errors can mask it if the server echoes it.
 */
export function rememberCall(response: Response, call: CallDescription, authorization?: string | null): void {
  calls.set(response, call);
  if (authorization) credentials.set(response, authorization);
}

/** The `Authorization` header sent for the request of `response`, when it came through the transport. */
export function sentAuthorization(response: Response): string | undefined {
  return credentials.get(response);
}

/** The call a response belongs to, when it came through the transport. */
export function callOf(response: Response): CallDescription | undefined {
  return calls.get(response);
}
