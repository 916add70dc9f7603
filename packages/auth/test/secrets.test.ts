// docs/auth-faults.md #32: no secret, token or Authorization header in any error, log line, inspect or JSON output.
// Every test file also runs the output scan of test/support/output-scan.ts over its console output and errors.
import { inspect } from "node:util";
import { looseClient } from "./support/loose-client.ts";
import { describe, expect, inject, it } from "vitest";
import { createOAuthTokenProvider } from "../src/provider.ts";
import { oauthMiddleware } from "../src/middleware.ts";
import { authFromEnv } from "../src/from-env.ts";
import { AWKWARD_SECRET, SPECIAL_SECRET, TEST_AUDIENCE, faultUrl } from "./support/oauth-clients.ts";
import { basicAuthMiddleware } from "../src/basic.ts";
import { CamundaProblemError, createCamundaClient, unwrap } from "@c8rest/client";
import { API_MODES, TOKEN_MODES, startEchoServer } from "../../../config/test-support/echo-server.js";
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

describe("the secret scan with special characters and a server that echoes everything", () => {
  const TOKEN = "planted.tok3n-value_abc";
  const b64 = (s: string) => Buffer.from(s).toString("base64");
  const form = (s: string) => new URLSearchParams({ s }).toString().slice(2);

  it("reports a planted leak of the special secret or a token in every form (the scan can fail)", () => {
    rememberToken(TOKEN);
    const json = JSON.stringify(SPECIAL_SECRET).slice(1, -1);
    const planted = {
      raw: SPECIAL_SECRET,
      "URL-encoded": encodeURIComponent(SPECIAL_SECRET),
      "form-encoded": form(SPECIAL_SECRET),
      "JSON-escaped": json,
      "JSON-escaped twice": JSON.stringify(json).slice(1, -1),
      "HTML-escaped": SPECIAL_SECRET.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"),
      "tags stripped, whitespace collapsed": SPECIAL_SECRET.replace(/<[^>]*>/g, " ").replace(/\s+/g, " "),
      "Basic of a known id (RFC 7617)": b64(`special:basic:${SPECIAL_SECRET}`),
      "Basic of a known id (form-encoded first)": b64(`${form("special:basic")}:${form(SPECIAL_SECRET)}`),
      "Basic of an unknown id": `Basic ${b64(`someone-else:${SPECIAL_SECRET}`)}`,
      token: `Bearer ${TOKEN}`,
      "token JSON-escaped in an excerpt": `{\\"access_token\\":\\"${TOKEN}\\"}`,
    };
    for (const [name, leak] of Object.entries(planted)) expect(findLeaks([`error: ${leak} (end)`]), name).toHaveLength(1);
    expect(findLeaks(["error: [redacted] (end)", "Bearer [redacted]"])).toEqual([]);
  });

  it("every token reply mode, both client auth methods: errors, excerpts and log lines mask every form", async () => {
    const echo = await startEchoServer();
    try {
      for (const mode of TOKEN_MODES.filter((m) => m !== "ok")) {
        for (const clientAuthMethod of ["client_secret_post", "client_secret_basic"] as const) {
          const replies: string[] = [];
          const fetch = async (url: string, init: RequestInit) => {
            const r = await globalThis.fetch(url, init);
            replies.push(await r.clone().text());
            return r;
          };
          const logger = scannedLogger();
          const p = createOAuthTokenProvider({ clientId: "echo-client", clientSecret: SPECIAL_SECRET, tokenUrl: echo.tokenUrl(mode), clientAuthMethod, fetch, maxAttempts: 1, logger });
          const e = await p.getToken().then(() => undefined, (err: unknown) => err);
          for (const t of echo.issued) rememberToken(t);
          expect(e, mode).toBeInstanceOf(Error);
          recordError(e);
          // the server did echo the secret (so the scan sees a leak in the raw reply) ...
          expect(findLeaks(replies), `${mode} ${clientAuthMethod}: the reply echoes the secret`).not.toEqual([]);
          // ... and nothing of it reaches the error, its views or the log
          expect(findLeaks([...views(e), ...views((e as Error).cause), ...logger.lines]), `${mode} ${clientAuthMethod}`).toEqual([]);
        }
      }
    } finally {
      await echo.stop();
    }
  });

  it("the API echoing the current token or the Basic credential: CamundaProblemError masks every form", async () => {
    const echo = await startEchoServer();
    try {
      const auths = {
        oauth: () => oauthMiddleware({ clientId: "echo-client", clientSecret: SPECIAL_SECRET, tokenUrl: echo.tokenUrl("ok") }),
        basic: () => basicAuthMiddleware({ username: "echo-client", password: SPECIAL_SECRET }),
      };
      for (const mode of API_MODES.filter((m) => m !== "ok")) {
        for (const [name, auth] of Object.entries(auths)) {
          const client = createCamundaClient({ baseUrl: echo.apiBase(mode), middleware: [auth()], retry: { maxAttempts: 1 } });
          const result = await client.GET("/topology");
          for (const t of echo.issued) rememberToken(t);
          expect(findLeaks([JSON.stringify(result.error)]), `${mode} ${name}: the reply echoes the credential`).not.toEqual([]);
          const e = (() => {
            try {
              unwrap(result);
            } catch (err) {
              return err;
            }
          })();
          expect(e, `${mode} ${name}`).toBeInstanceOf(CamundaProblemError);
          recordError(e);
          expect(findLeaks(views(e)), `${mode} ${name}`).toEqual([]);
        }
      }
    } finally {
      await echo.stop();
    }
  });
});
