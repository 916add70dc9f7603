// The variables a program sets to reach the mock cluster, and the dotenv file `c8rest-mock --write-env` writes.

/**
 * The mock cluster's settings under both names: the `ZEEBE_*` variables of Camunda's docs (read by `@c8rest/auth`'s
 * `authFromEnv` and `c8rest-smoke`) and the `CAMUNDA_*` variables Camunda's SDKs read.
 */
// A type, not an interface: it is then assignable to Record<string, string> (e.g. a child process env).
export type MockClusterEnv = {
  ZEEBE_REST_ADDRESS: string;
  ZEEBE_CLIENT_ID: string;
  ZEEBE_CLIENT_SECRET: string;
  ZEEBE_AUTHORIZATION_SERVER_URL: string;
  ZEEBE_TOKEN_AUDIENCE: string;
  CAMUNDA_REST_ADDRESS: string;
  CAMUNDA_CLIENT_ID: string;
  CAMUNDA_CLIENT_SECRET: string;
  CAMUNDA_OAUTH_URL: string;
  CAMUNDA_TOKEN_AUDIENCE: string;
  CAMUNDA_AUTH_STRATEGY: "OAUTH";
};

/** The facts {@link clusterEnv} needs. */
export interface ClusterFacts {
  address: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience: string;
}

/**
 * The variables for a cluster at `address` with its OAuth server's `tokenUrl`.
 *
 * @example
 * clusterEnv({ address: "http://127.0.0.1:8080", tokenUrl: "http://127.0.0.1:18080/token", clientId, clientSecret, audience });
 */
export function clusterEnv(facts: ClusterFacts): MockClusterEnv {
  return {
    ZEEBE_REST_ADDRESS: facts.address,
    ZEEBE_CLIENT_ID: facts.clientId,
    ZEEBE_CLIENT_SECRET: facts.clientSecret,
    ZEEBE_AUTHORIZATION_SERVER_URL: facts.tokenUrl,
    ZEEBE_TOKEN_AUDIENCE: facts.audience,
    CAMUNDA_REST_ADDRESS: facts.address,
    CAMUNDA_CLIENT_ID: facts.clientId,
    CAMUNDA_CLIENT_SECRET: facts.clientSecret,
    CAMUNDA_OAUTH_URL: facts.tokenUrl,
    CAMUNDA_TOKEN_AUDIENCE: facts.audience,
    CAMUNDA_AUTH_STRATEGY: "OAUTH",
  };
}

/**
 * The variables as a dotenv file, one `NAME=value` a line (values single-quoted when they need it), which
 * `set -a; . ./.env.mock; set +a`, `node --env-file` and dotenv libraries all read.
 *
 * @example
 * formatEnvFile({ A: "1" }); // "A=1\n"
 */
export function formatEnvFile(env: Readonly<Record<string, string>>): string {
  return Object.entries(env)
    .map(([name, value]) => `${name}=${/^[A-Za-z0-9_./:@+-]*$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`}`)
    .join("\n")
    .concat("\n");
}
