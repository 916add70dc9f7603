// docs/auth-faults.md #32: no secret, token or Authorization header in any error, log line, inspect or JSON output.
// Every test file also runs the output scan of test/support/output-scan.ts over its console output and errors.
import { inspect } from "node:util";
import { looseClient } from "./support/loose-client.ts";
import { describe, expect, inject, it } from "vitest";
import { createOAuthTokenProvider } from "../src/provider.ts";
import { oauthMiddleware } from "../src/middleware.ts";
import { authFromEnv } from "../src/from-env.ts";
import { AWKWARD_SECRET, TEST_AUDIENCE, faultUrl } from "./support/oauth-clients.ts";
import { findLeaks, recordError, rememberToken, scannedLogger } from "./support/output-scan.ts";
import { startApiServer } from "./support/api-server.ts";

const oauth = inject("oauth");
const creds = { clientId: "post-client", clientSecret: AWKWARD_SECRET, audience: TEST_AUDIENCE };

function views(x: unknown): string[] {
  return [String(x), inspect(x, { depth: 10 }), inspect(x, { depth: 10, showHidden: true }), JSON.stringify(x) ?? "", `${(x as { stack?: string })?.stack ?? ""}`];
}

describe("secrets and tokens never appear in output", () => {
  it("the scan finds a planted secret and a planted token (it can fail)", () => {
    rememberToken("planted-token-xyz");
    expect(findLeaks([`oops ${AWKWARD_SECRET}`, "fine", `Bearer planted-token-xyz`, encodeURIComponent(AWKWARD_SECRET)]).length).toBe(3);
  });

  it("errors of every token endpoint fault, with their causes, inspect and JSON views, name no secret", async () => {
    const logger = scannedLogger();
    const outputs: string[] = [];
    const faults = ["html500", "json-invalid", "error-200", "no-access-token", "crlf-token", "expires-in-abc", "redirect", "huge", "keycloak-401", "echo-secret", "hang"];
    for (const fault of faults) {
      for (const clientAuthMethod of ["client_secret_post", "client_secret_basic"] as const) {
        const p = createOAuthTokenProvider({ ...creds, clientAuthMethod, tokenUrl: faultUrl(oauth.issuer, fault), maxAttempts: 1, timeoutMs: 200, logger });
        const e = await p.getToken().then(() => undefined, (err: unknown) => err);
        expect(e).toBeInstanceOf(Error);
        recordError(e);
        outputs.push(...views(e), ...views((e as Error).cause));
      }
    }
    const wrong = createOAuthTokenProvider({ ...creds, clientSecret: `${AWKWARD_SECRET}x`, tokenUrl: oauth.tokenUrl, logger });
    const e = await wrong.getToken().then(() => undefined, (err: unknown) => err);
    outputs.push(...views(e));
    expect(findLeaks([...outputs, ...logger.lines])).toEqual([]);
    expect(outputs.join("\n")).not.toContain(`${AWKWARD_SECRET}x`);
  });

  it("log lines, the provider, its tokens and the middleware print without the token or secret", async () => {
    const logger = scannedLogger();
    const p = createOAuthTokenProvider({ ...creds, tokenUrl: oauth.tokenUrl, logger });
    const t = await p.getToken();
    rememberToken(t.token);
    const outputs = [...views(t), ...views(p), ...views(oauthMiddleware(p)), ...logger.lines];
    expect(views(t).join("\n")).toContain("[redacted]");
    expect(findLeaks(outputs)).toEqual([]);
    expect(logger.lines.some((l) => l.startsWith("token from"))).toBe(true);
  });

  it("an API 401 replay and a failed call never expose the Authorization header", async () => {
    const api = await startApiServer(() => ({ status: 401, body: { title: "Unauthorized" } }));
    const c = looseClient({ baseUrl: `${api.url}/v2` });
    c.use(authFromEnv({ ZEEBE_CLIENT_ID: creds.clientId, ZEEBE_CLIENT_SECRET: AWKWARD_SECRET, ZEEBE_AUTHORIZATION_SERVER_URL: oauth.tokenUrl, ZEEBE_TOKEN_AUDIENCE: TEST_AUDIENCE, ZEEBE_REST_ADDRESS: api.url }));
    const result = await c.GET("/topology");
    expect(result.response.status).toBe(401);
    expect(findLeaks([...views(result.error)])).toEqual([]);
    await api.stop();
  });
});
