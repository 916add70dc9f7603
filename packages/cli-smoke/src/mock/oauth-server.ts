// A local OAuth 2.0 authorization server (oidc-provider) that issues client-credentials tokens for one demo client.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { generateKeyPairSync } from "node:crypto";
import { createMemoryAdapter } from "./memory-adapter.js";

/** The demo client of the local OAuth server (not a secret: it only works against the mock stack). */
export const DEMO_CLIENT_ID = "c8rest-demo";
/** The demo client's secret (only valid for the local OAuth server). */
export const DEMO_CLIENT_SECRET = "c8rest-demo-secret";
/** The audience the mock stack's users send, as Camunda's `audience` form field. */
export const DEMO_AUDIENCE = "zeebe-api";

// oidc-provider wants RFC 8707 resources as absolute URIs; Camunda audiences are plain names ("zeebe-api").
const RESOURCE_PREFIX = "urn:c8rest:audience:";

/** A running local OAuth server. */
export interface OAuthServer {
  /** The issuer, `http://127.0.0.1:<port>`. */
  readonly issuer: string;
  /** The token endpoint (RFC 6749 §3.2). */
  readonly tokenUrl: string;
  /** Closes the server and its open connections. */
  stop(): Promise<void>;
}

/** Options of {@link startOAuthServer}. */
export interface StartOAuthServerOptions {
  clientId?: string;
  clientSecret?: string;
  /** Lifetime of issued tokens in seconds (default 300). */
  tokenTtlSeconds?: number;
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
 * Starts oidc-provider on 127.0.0.1 port 0 with the client-credentials grant for one confidential client
 * (`client_secret_post`, as Camunda's docs send it). Camunda's non-standard `audience` form field becomes the
 * RFC 8707 resource of the token, so a request with an audience gets a JWT whose `aud` is that audience.
 * A wrong secret gets 401 `invalid_client` (RFC 6749 §5.2).
 *
 * @example
 * const oauth = await startOAuthServer();
 * const res = await fetch(oauth.tokenUrl, { method: "POST", body: new URLSearchParams({
 *   grant_type: "client_credentials", client_id: DEMO_CLIENT_ID, client_secret: DEMO_CLIENT_SECRET }) });
 * await oauth.stop();
 */
export async function startOAuthServer(options: StartOAuthServerOptions = {}): Promise<OAuthServer> {
  const Provider = await importProvider();
  const ttl = options.tokenTtlSeconds ?? 300;
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const signingKey = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "jwk" });
  const provider = new Provider(issuer, {
    adapter: createMemoryAdapter(),
    jwks: { keys: [{ ...signingKey, kid: "c8rest-mock", use: "sig", alg: "ES256" }] },
    clients: [
      {
        client_id: options.clientId ?? DEMO_CLIENT_ID,
        client_secret: options.clientSecret ?? DEMO_CLIENT_SECRET,
        grant_types: ["client_credentials"],
        redirect_uris: [],
        response_types: [],
        token_endpoint_auth_method: "client_secret_post",
        id_token_signed_response_alg: "ES256",
      },
    ],
    ttl: { ClientCredentials: ttl },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // Camunda's clients send the audience as a form field, not as RFC 8707 `resource`.
        defaultResource: (ctx) => {
          const audience = (ctx.oidc.body as Record<string, unknown> | undefined)?.["audience"];
          return typeof audience === "string" && audience !== ""
            ? `${RESOURCE_PREFIX}${encodeURIComponent(audience)}`
            : undefined;
        },
        getResourceServerInfo: (_ctx, resource) => ({
          audience: resource.startsWith(RESOURCE_PREFIX)
            ? decodeURIComponent(resource.slice(RESOURCE_PREFIX.length))
            : resource,
          scope: "camunda-api",
          accessTokenTTL: ttl,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "ES256" } },
        }),
      },
    },
  });
  server.on("request", provider.callback());
  return {
    issuer,
    tokenUrl: `${issuer}/token`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
