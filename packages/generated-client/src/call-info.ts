// What the transport knows about the call behind a Response (method, path, attempts), for unwrap() and waitFor().
import type { CallDescription } from "./transport/errors.js";

const calls = new WeakMap<Response, CallDescription>();

/** Records the call a response belongs to (the transport does this for every response it returns). */
export function rememberCall(response: Response, call: CallDescription): void {
  calls.set(response, call);
}

/** The call a response belongs to, when it came through the transport. */
export function callOf(response: Response): CallDescription | undefined {
  return calls.get(response);
}
