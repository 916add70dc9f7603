// The auth middleware of the tests, built from the stack's variables exactly as a user would.
// TEMPORARY until @c8rest/auth exports oauthMiddleware/authFromEnv: a minimal token fetch.
import type { Middleware } from "@c8rest/client";
import type { ProvidedStack } from "./global-setup.js";

export function stackAuth(stack: ProvidedStack): Middleware {
  let token: Promise<string> | undefined;
  return {
    async onRequest({ request }) {
      token ??= fetch(stack.tokenUrl, {
        method: "POST",
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: stack.clientId,
          client_secret: stack.clientSecret,
          audience: stack.audience,
        }),
      }).then(async (r) => ((await r.json()) as { access_token: string }).access_token);
      request.headers.set("authorization", `Bearer ${await token}`);
      return request;
    },
  };
}
