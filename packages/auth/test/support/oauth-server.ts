// A real OAuth 2.0 authorization server for tests: the mock cluster's oidc-provider set-up (one for the repository,
// from @c8rest/mock-cluster) on 127.0.0.1, port 0, with the confidential client-credentials clients of these tests,
// Camunda's `audience` form field mapped to a resource (JWT access tokens), short token lifetimes and fault
// injection on /fault/<name>/token. Reusable: `const s = await startOAuthServer(); ...; await s.stop()`.
import { startOAuthServer as startMockOAuthServer, type OAuthContext } from "@c8rest/mock-cluster";

import { DEFAULT_CLIENTS, faultUrl, type TestClient } from "./oauth-clients.ts";

export * from "./oauth-clients.ts";

export interface OAuthTestServer {
  issuer: string;
  /** The real token endpoint. */
  tokenUrl: string;
  /** The token endpoint under Keycloak's path form. */
  keycloakTokenUrl: string;
  clients: readonly TestClient[];
  /**
   * A token URL that injects a fault. Names: `html500`, `json-invalid`, `json-array`, `error-200`, `no-access-token`,
   * `empty-access-token`, `numeric-access-token`, `crlf-token`, `token-type-mac`, `token-type-lower`,
   * `expires-in-string`, `expires-in-0`, `expires-in-neg`, `expires-in-abc`, `expires-in-missing`, `expires-in-huge`,
   * `hang`, `slow-body`, `redirect`, `huge`, `keycloak-401`, `echo-secret`; and `fail<N>-<status>[-ra<seconds>]-<nonce>`:
   * the first N requests with that nonce get the status (HTML body), later ones the real reply.
   */
  faultUrl(name: string): string;
  stop(): Promise<void>;
}

type Ctx = OAuthContext;

/** Starts the server on 127.0.0.1, port 0. */
export async function startOAuthServer(options: { clients?: readonly TestClient[] } = {}): Promise<OAuthTestServer> {
  const clients = [...DEFAULT_CLIENTS, ...(options.clients ?? [])];
  const failures = new Map<string, number>();
  const server = await startMockOAuthServer({
    clients,
    scopes: ["read", "write"],
    middleware: [
      async (ctx: Ctx, next: () => Promise<void>) => {
        const m = /^\/fault\/([^/]+)\/token$/.exec(ctx.path);
        if (!m) return next();
        return injectFault(m[1]!, ctx, next, failures);
      },
    ],
  });
  return {
    issuer: server.issuer,
    tokenUrl: server.tokenUrl,
    keycloakTokenUrl: server.keycloakTokenUrl,
    clients,
    faultUrl: (name) => faultUrl(server.issuer, name),
    stop: () => server.stop(),
  };
}

async function injectFault(name: string, ctx: Ctx, next: () => Promise<void>, failures: Map<string, number>): Promise<void> {
  const fail = /^fail(\d+)-(\d{3})(?:-ra(\d+))?-(.+)$/.exec(name);
  if (fail) {
    const seen = failures.get(name) ?? 0;
    failures.set(name, seen + 1);
    if (seen < Number(fail[1])) {
      ctx.status = Number(fail[2]);
      if (fail[3] !== undefined) ctx.set("retry-after", fail[3]);
      ctx.type = "text/html";
      ctx.body = `<html><body><h1>${ctx.status} Unavailable</h1></body></html>`;
      return;
    }
    return passThrough(ctx, next);
  }
  switch (name) {
    case "html500":
      ctx.status = 500;
      ctx.type = "text/html";
      ctx.body = `<!DOCTYPE html><html><head><style>body{color:red}</style></head><body><h1>500 Internal Server Error</h1>\n<p>upstream\u0007 failed</p></body></html>`;
      return;
    case "json-invalid":
      ctx.status = 200;
      ctx.type = "application/json";
      ctx.body = '{"access_token": "abc", ';
      return;
    case "json-array":
      ctx.status = 200;
      ctx.type = "application/json";
      ctx.body = "[1,2,3]";
      return;
    case "error-200":
      ctx.status = 200;
      ctx.type = "application/json";
      ctx.body = JSON.stringify({ error: "server_error", error_description: "try later" });
      return;
    case "hang":
      await new Promise(() => {});
      return;
    case "slow-body":
      ctx.res.writeHead(200, { "content-type": "application/json" });
      ctx.res.write('{"access_token":');
      await new Promise(() => {});
      return;
    case "redirect":
      ctx.status = 302;
      ctx.set("location", "/token");
      ctx.body = "";
      return;
    case "huge":
      ctx.status = 200;
      ctx.type = "application/json";
      ctx.body = JSON.stringify({ access_token: "a".repeat(1024 * 1024), token_type: "Bearer", expires_in: 300 });
      return;
    case "keycloak-401":
      ctx.status = 401;
      ctx.type = "application/json";
      ctx.body = JSON.stringify({ error: "unauthorized_client", error_description: "Invalid client or Invalid client credentials" });
      return;
  }
  const edits: Record<string, (b: Record<string, unknown>) => void> = {
    "no-access-token": (b) => delete b.access_token,
    "empty-access-token": (b) => (b.access_token = ""),
    "numeric-access-token": (b) => (b.access_token = 12345),
    "crlf-token": (b) => (b.access_token = `${String(b.access_token)}\r\nX-Injected: 1`),
    "token-type-mac": (b) => (b.token_type = "MAC"),
    "token-type-lower": (b) => (b.token_type = "bearer"),
    "expires-in-string": (b) => (b.expires_in = String(b.expires_in)),
    "expires-in-0": (b) => (b.expires_in = 0),
    "expires-in-neg": (b) => (b.expires_in = -5),
    "expires-in-abc": (b) => (b.expires_in = "abc"),
    "expires-in-missing": (b) => delete b.expires_in,
    "expires-in-huge": (b) => (b.expires_in = 10 ** 12),
    // An error page that echoes the request body, secret included: the client must mask it.
    "echo-secret": () => {},
  };
  const edit = edits[name];
  if (!edit) {
    ctx.status = 404;
    ctx.body = `unknown fault ${name}`;
    return;
  }
  if (name === "echo-secret") {
    const raw = await new Promise<string>((resolve) => {
      let data = "";
      ctx.req.on("data", (c: Buffer) => (data += c.toString("utf8")));
      ctx.req.on("end", () => resolve(data));
    });
    ctx.status = 502;
    ctx.type = "text/html";
    ctx.body = `<p>bad gateway for ${raw} (${decodeURIComponent(raw.replace(/\+/g, " "))})</p>`;
    return;
  }
  await passThrough(ctx, next);
  if (ctx.status === 200 && ctx.body && typeof ctx.body === "object") edit(ctx.body as Record<string, unknown>);
}

async function passThrough(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  ctx.path = "/token";
  await next();
}
