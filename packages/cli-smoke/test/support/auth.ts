// The auth middleware of the tests, built from the stack's variables exactly as a user would.
import { authFromEnv } from "@c8rest/auth";
import type { Middleware } from "@c8rest/client";
import type { ProvidedStack } from "./global-setup.js";

/** `authFromEnv` on the variables the mock stack hands out (OAuth client credentials against its OAuth server). */
export function stackAuth(stack: ProvidedStack): Middleware {
  return authFromEnv(stack.env);
}
