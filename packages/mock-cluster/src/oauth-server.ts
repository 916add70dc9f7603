// A local OAuth 2.0 authorization server (oidc-provider) that issues client-credentials tokens (RFC 6749 §4.4) as
// JWTs (RFC 9068) signed with a key made at start; the mock cluster checks API tokens against its public keys.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createMemoryAdapter } from "./memory-adapter.js";
import { listen } from "./listen.js";

/** The demo client of the mock cluster (not a secret: it only works against the mock's own OAuth server). */
export const DEMO_CLIENT_ID = "c8rest-demo";
/** The demo client's secret (only valid for the mock's OAuth server). */
export const DEMO_CLIENT_SECRET = "c8rest-demo-secret";
/** The audience of the mock cluster's API, as Camunda's `audience` form field names it. */
export const DEMO_AUDIENCE = "zeebe-api";
/** Keycloak's token path (Camunda Self-Managed's default), served as an alias of `/token`. */
export const KEYCLOAK_TOKEN_PATH = "/auth/realms/camunda-platform/protocol/openid-connect/token";

// oidc-provider wants RFC 8707 resources as absolute URIs; Camunda audiences are plain names ("zeebe-api").
const RESOURCE_PREFIX = "urn:c8rest:audience:";

/** A client the OAuth server knows. */
export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  /** How the client authenticates at the token endpoint (RFC 6749 §2.3.1); default `client_secret_post`. */
  authMethod?: "client_secret_post" | "client_secret_basic";
  /** Lifetime of this client's tokens in seconds (default: the server's `tokenLifetimeSeconds`). */
  ttlSeconds?: number;
}

/** The part of oidc-provider's (Koa) context a middleware sees. */
export interface OAuthContext {
  path: string;
  status: number;
  type: string;
  body: unknown;
  set(name: string, value: string): void;
  req: IncomingMessage;
  res: ServerResponse;
  oidc?: { body?: Record<string, unknown> };
}

/** A middleware run before oidc-provider handles a request (e.g. to inject token endpoint faults in tests). */
export type OAuthMiddleware = (ctx: OAuthContext, next: () => Promise<void>) => Promise<void>;

/** Options of {@link startOAuthServer}. */
export interface StartOAuthServerOptions {
  /** Port on `host` (default 0: chosen by the OS). */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** The clients (default: one, {@link DEMO_CLIENT_ID} / {@link DEMO_CLIENT_SECRET}). */
  clients?: readonly OAuthClient[];
  /** Lifetime of issued tokens in seconds (default 300). */
  tokenLifetimeSeconds?: number;
  /** The `aud` of a token requested without an `audience` (default: none, an opaque token). */
  defaultAudience?: string;
  /** Scopes the clients may get (default none). */
  scopes?: readonly string[];
  /** Run in order before oidc-provider, for every request. */
  middleware?: readonly OAuthMiddleware[];
}

/** A running OAuth server. */
export interface OAuthServer {
  /** The issuer (`iss` of its tokens), `http://<host>:<port>`. */
  readonly issuer: string;
  /** The token endpoint (RFC 6749 §3.2). */
  readonly tokenUrl: string;
  /** The token endpoint under Keycloak's path. */
  readonly keycloakTokenUrl: string;
  /** The public signing keys (the JWK Set the server also publishes at `<issuer>/jwks`). */
  readonly jwks: { keys: Record<string, unknown>[] };
  readonly clients: readonly OAuthClient[];
  /** Closes the server and its open connections. */
  stop(): Promise<void>;
}

// oidc-provider 9 warns on every import under Node 20 although it works; keep that one line out.
async function importProvider(): Promise<typeof import("oidc-provider").default> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!args.some((a) => String(a).includes("Unsupported runtime"))) warn(...args);
  };
  try {
    return (await import("oidc-provider")).default;
  } finally {
    console.warn = warn;
  }
}

/**
 * Starts oidc-provider with the client-credentials grant for confidential clients. Camunda's non-standard `audience`
 * form field becomes the RFC 8707 resource of the token, so a request with an audience gets a JWT whose `aud` is
 * that audience. A wrong secret gets 401 `invalid_client` (RFC 6749 §5.2).
 *
 * @example
 * const oauth = await startOAuthServer({ defaultAudience: "zeebe-api" });
 * const res = await fetch(oauth.tokenUrl, { method: "POST", body: new URLSearchParams({
 *   grant_type: "client_credentials", client_id: DEMO_CLIENT_ID, client_secret: DEMO_CLIENT_SECRET }) });
 * await oauth.stop();
 */
export async function startOAuthServer(options: StartOAuthServerOptions = {}): Promise<OAuthServer> {
  const Provider = await importProvider();
  const ttl = options.tokenLifetimeSeconds ?? 300;
  const clients = options.clients ?? [{ clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET }];
  const ttlOf = (clientId: string | undefined): number => clients.find((c) => c.clientId === clientId)?.ttlSeconds ?? ttl;
  const scope = (options.scopes ?? []).join(" ");
  const server: Server = createServer();
  const host = options.host ?? "127.0.0.1";
  await listen(server, options.port ?? 0, host, "The mock cluster's OAuth server");
  const issuer = `http://${host.includes(":") ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const key = { kid: "c8rest-mock", use: "sig", alg: "ES256" };
  const audienceOf = (ctx: OAuthContext): string | undefined => {
    const audience = ctx.oidc?.body?.["audience"];
    return typeof audience === "string" && audience !== "" ? audience : options.defaultAudience;
  };
  const provider = new Provider(issuer, {
    adapter: createMemoryAdapter(),
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), ...key }] },
    cookies: { keys: ["c8rest-mock-cookies-not-a-secret"] },
    ...(scope ? { scopes: options.scopes } : {}),
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      grant_types: ["client_credentials"],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: c.authMethod ?? "client_secret_post",
      id_token_signed_response_alg: "ES256",
      ...(scope ? { scope } : {}),
    })),
    ttl: { ClientCredentials: (_ctx: unknown, _token: unknown, client: { clientId: string }) => ttlOf(client?.clientId) },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // Camunda's clients send the audience as a form field, not as RFC 8707 `resource`.
        defaultResource: (ctx: OAuthContext) => {
          const audience = audienceOf(ctx);
          return audience === undefined ? undefined : `${RESOURCE_PREFIX}${encodeURIComponent(audience)}`;
        },
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, resource: string, client: { clientId: string }) => ({
          audience: resource.startsWith(RESOURCE_PREFIX) ? decodeURIComponent(resource.slice(RESOURCE_PREFIX.length)) : resource,
          scope: scope || "camunda-api",
          accessTokenTTL: ttlOf(client?.clientId),
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "ES256" } },
        }),
      },
    },
  });
  provider.proxy = false;
  provider.use(async (ctx: OAuthContext, next: () => Promise<void>) => {
    if (ctx.path === KEYCLOAK_TOKEN_PATH) ctx.path = "/token";
    await next();
  });
  for (const middleware of options.middleware ?? []) provider.use(middleware);
  // A server error is a bug of this server: make it visible.
  provider.on("server_error", (_ctx: unknown, error: Error) => console.error(`c8rest-mock OAuth server: ${error.message}`));
  server.on("request", provider.callback());
  return {
    issuer,
    tokenUrl: `${issuer}/token`,
    keycloakTokenUrl: `${issuer}${KEYCLOAK_TOKEN_PATH}`,
    jwks: { keys: [{ ...publicKey.export({ format: "jwk" }), ...key }] },
    clients,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
