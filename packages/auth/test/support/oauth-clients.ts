// The clients and constants of the test OAuth server; no dependencies, so tests can import it cheaply.

/** A confidential client of the test server. */
export interface TestClient {
  clientId: string;
  clientSecret: string;
  authMethod: "client_secret_post" | "client_secret_basic";
  /** Access token lifetime in seconds. */
  ttlSeconds: number;
}

/** A secret with every character that breaks naive encodings: `: + % & = space` (RFC 6749 allows only VSCHAR, so no non-ASCII). */
export const AWKWARD_SECRET = "s3:cr+t%2F&x=y z~!";

/** A secret with what breaks masking done in the wrong order: space + / = & % a tag, a quote, a backslash, a whitespace run. */
export const SPECIAL_SECRET = 'sp ce+/=&%<i>"\\  x';

/** Clients every server has (plus any passed to {@link startOAuthServer}). */
export const DEFAULT_CLIENTS: readonly TestClient[] = [
  { clientId: "post-client", clientSecret: AWKWARD_SECRET, authMethod: "client_secret_post", ttlSeconds: 300 },
  { clientId: "basic-client", clientSecret: AWKWARD_SECRET, authMethod: "client_secret_basic", ttlSeconds: 300 },
  { clientId: "short:client+1", clientSecret: "short-secret-1", authMethod: "client_secret_basic", ttlSeconds: 1 },
  { clientId: "two-second-client", clientSecret: "two-second-secret", authMethod: "client_secret_post", ttlSeconds: 2 },
  { clientId: "special-post", clientSecret: SPECIAL_SECRET, authMethod: "client_secret_post", ttlSeconds: 300 },
  { clientId: "special:basic", clientSecret: SPECIAL_SECRET, authMethod: "client_secret_basic", ttlSeconds: 300 },
];

/** The audience the server accepts (Camunda's form field, mapped to a resource indicator). */
export const TEST_AUDIENCE = "zeebe-api";
/** How the server turns a plain audience into an RFC 8707 resource URI. */
export const AUDIENCE_URN = "urn:test:audience:";
/** The path Keycloak uses for a realm's token endpoint, as Camunda Self-Managed's docs show it. */
export const KEYCLOAK_TOKEN_PATH = "/auth/realms/camunda-platform/protocol/openid-connect/token";

/** A token URL of `issuer` that injects the named fault (see OAuthTestServer.faultUrl). */
export function faultUrl(issuer: string, name: string): string {
  return `${issuer}/fault/${encodeURIComponent(name)}/token`;
}

/** Secrets used by unit tests with injected fetch. */
export const UNIT_SECRET = "unit-secret: +%&= value";

/** Every secret the suite uses: the output scan fails a test file whose output or errors contain one. */
export const SCANNED_SECRETS: readonly string[] = [...DEFAULT_CLIENTS.map((c) => c.clientSecret), UNIT_SECRET, "demo-password-42"];
/** Client ids of the suite: the scan also looks for their Basic headers (base64 of id:secret). */
export const SCANNED_IDS: readonly string[] = [...DEFAULT_CLIENTS.map((c) => c.clientId), "unit-client", "echo-client"];
