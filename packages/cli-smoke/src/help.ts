// The text of `c8rest-smoke --help`.
import { DEFAULT_TIMEOUT_MS } from "./args.js";

/**
 * The help text, naming every flag, variable and exit code.
 *
 * @example
 * process.stdout.write(helpText("1.0.0"));
 */
export function helpText(version: string): string {
  return `c8rest-smoke ${version}: check that a Camunda 8 cluster answers, through @c8rest/client and @c8rest/auth.

Usage:
  c8rest-smoke [flags]          get a token, GET /v2/topology, GET /v2/status
  c8rest-smoke config [flags]   print the resolved configuration and where each value comes from
                                (an incomplete one: what is set and what is missing, exit code 2)

Flags (override the variables):
  --address <url>          cluster REST address, e.g. http://localhost:8080   (ZEEBE_REST_ADDRESS)
  --client-id <id>         OAuth client id                                     (ZEEBE_CLIENT_ID)
  --token-url <url>        OAuth token endpoint                                (ZEEBE_AUTHORIZATION_SERVER_URL)
  --audience <audience>    token audience                                      (ZEEBE_TOKEN_AUDIENCE)
  --scope <scope>          token scope                                         (CAMUNDA_OAUTH_SCOPE)
  --client-secret-stdin    read the client secret from stdin (never from a flag)
  --timeout <ms>           time limit of each step (default ${DEFAULT_TIMEOUT_MS})
  --json                   print one JSON document with every step's result, nothing else
  --verbose                print stack traces of errors
  -h, --help               this text
  -v, --version            the version

Variables: those of @c8rest/auth (ZEEBE_* as in Camunda's docs, or CAMUNDA_* as in Camunda's SDKs):
  ZEEBE_REST_ADDRESS, ZEEBE_CLIENT_ID, ZEEBE_CLIENT_SECRET, ZEEBE_AUTHORIZATION_SERVER_URL,
  ZEEBE_TOKEN_AUDIENCE, CAMUNDA_OAUTH_SCOPE, CAMUNDA_AUTH_STRATEGY (OAUTH, BASIC, BEARER, NONE; set NONE
  for a cluster without authentication, no credentials at all is an error),
  CAMUNDA_BASIC_AUTH_USERNAME, CAMUNDA_BASIC_AUTH_PASSWORD, CAMUNDA_OAUTH_TOKEN, CAMUNDA_OAUTH_CACHE_DIR,
  CAMUNDA_CUSTOM_ROOT_CERT_PATH, CAMUNDA_MTLS_CERT_PATH, CAMUNDA_MTLS_KEY_PATH, HTTPS_PROXY, HTTP_PROXY, NO_PROXY,
  CAMUNDA_DEFAULT_TENANT_ID (the client's default tenant, from @c8rest/client)
  NO_COLOR: no colour (colour is only used on a terminal anyway).

Exit codes:
  0  all steps passed
  2  configuration error (a missing or invalid variable or flag; nothing was sent)
  3  authentication error (the token endpoint refused the client, or the API answered 401)
  4  API error (the API answered with another non-2xx status, a redirect, or a body that is not its JSON)
  5  network error or timeout (also an answer cut off)
  1  unexpected error (a bug: run with --verbose and report it)
`;
}
