// Configuration from environment variables, with the names of Camunda's docs (ZEEBE_*) and SDKs (CAMUNDA_*).
// See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-authentication/
import { AuthConfigError } from "./errors.js";
import { SAAS_AUDIENCE, SAAS_TOKEN_URL } from "./options.js";
import { hideFields } from "./hide-fields.js";
import { checkUrl } from "./url-check.js";

/** How requests authenticate (`CAMUNDA_AUTH_STRATEGY`). */
export type AuthStrategy = "OAUTH" | "BASIC" | "BEARER" | "NONE";

/** A resolved setting and where it came from: a variable name, or a `default ...` note. Secrets print redacted. */
export interface ConfigValue<T = string> {
  readonly value: T;
  readonly source: string;
}

/** What {@link readAuthConfig} returns. `util.inspect` and `JSON.stringify` show every secret as `[redacted]`. */
export interface AuthConfig {
  strategy: ConfigValue<AuthStrategy>;
  /** The cluster's REST address (`ZEEBE_REST_ADDRESS`); credentials go to its origin only. */
  restAddress?: ConfigValue;
  oauth?: {
    clientId: ConfigValue;
    clientSecret: ConfigValue;
    tokenUrl: ConfigValue;
    audience?: ConfigValue;
    scope?: ConfigValue;
    cacheDir?: ConfigValue;
  };
  basic?: { username: ConfigValue; password: ConfigValue };
  bearer?: { token: ConfigValue };
  /** Files for TLS to the token endpoint (and, through @c8rest/client, the API): paths, not contents. */
  tls: { caPath?: ConfigValue; certPath?: ConfigValue; keyPath?: ConfigValue };
  allowInsecureHttp: ConfigValue<boolean>;
}

/** Every variable {@link readAuthConfig} reads; the first of a pair is the name Camunda's docs use. */
export const AUTH_ENV_VARIABLES = {
  clientId: ["ZEEBE_CLIENT_ID", "CAMUNDA_CLIENT_ID"],
  clientSecret: ["ZEEBE_CLIENT_SECRET", "CAMUNDA_CLIENT_SECRET"],
  tokenUrl: ["ZEEBE_AUTHORIZATION_SERVER_URL", "CAMUNDA_OAUTH_URL"],
  audience: ["ZEEBE_TOKEN_AUDIENCE", "CAMUNDA_TOKEN_AUDIENCE"],
  restAddress: ["ZEEBE_REST_ADDRESS", "CAMUNDA_REST_ADDRESS"],
  scope: ["CAMUNDA_OAUTH_SCOPE", "CAMUNDA_TOKEN_SCOPE"],
  strategy: ["CAMUNDA_AUTH_STRATEGY"],
  username: ["CAMUNDA_BASIC_AUTH_USERNAME"],
  password: ["CAMUNDA_BASIC_AUTH_PASSWORD"],
  token: ["CAMUNDA_OAUTH_TOKEN"],
  cacheDir: ["CAMUNDA_OAUTH_CACHE_DIR"],
  caPath: ["CAMUNDA_CUSTOM_ROOT_CERT_PATH"],
  certPath: ["CAMUNDA_MTLS_CERT_PATH"],
  keyPath: ["CAMUNDA_MTLS_KEY_PATH"],
  allowInsecureHttp: ["C8REST_ALLOW_INSECURE_HTTP"],
} as const;

type Env = Record<string, string | undefined>;
const STRATEGIES: readonly AuthStrategy[] = ["OAUTH", "BASIC", "BEARER", "NONE"];

/**
 * Reads the auth configuration from environment variables. Each value carries its source; two names of one setting
 * with different values, a half configuration, an unknown strategy or a bad URL throw {@link AuthConfigError} naming
 * the variable(s). With no `CAMUNDA_AUTH_STRATEGY`, client id + secret mean OAuth, `CAMUNDA_OAUTH_TOKEN` bearer,
 * basic user + password basic; no credentials at all is an error (set `CAMUNDA_AUTH_STRATEGY=NONE` for a cluster
 * without authentication). Reads no file.
 *
 * @throws {AuthConfigError}
 * @example
 * const config = readAuthConfig({ ZEEBE_CLIENT_ID: "id", ZEEBE_CLIENT_SECRET: "secret" });
 * config.strategy; // { value: "OAUTH", source: "ZEEBE_CLIENT_ID + ZEEBE_CLIENT_SECRET" }
 * console.log(config); // the secret prints as [redacted]
 */
export function readAuthConfig(env: Env = process.env): AuthConfig {
  const get = (names: readonly string[], secret = false): ConfigValue | undefined => pick(env, names, secret);
  const V = AUTH_ENV_VARIABLES;
  const clientId = get(V.clientId);
  const clientSecret = get(V.clientSecret, true);
  const username = get(V.username);
  const password = get(V.password, true);
  const token = get(V.token, true);
  const rawStrategy = get(V.strategy);
  const insecure = get(V.allowInsecureHttp);
  const allowInsecureHttp: ConfigValue<boolean> = insecure
    ? { value: /^(1|true|yes)$/i.test(insecure.value), source: insecure.source }
    : { value: false, source: "default" };

  let strategy: ConfigValue<AuthStrategy>;
  if (rawStrategy) {
    const s = rawStrategy.value.trim().toUpperCase() as AuthStrategy;
    if (!STRATEGIES.includes(s)) {
      throw new AuthConfigError("CAMUNDA_AUTH_STRATEGY", `CAMUNDA_AUTH_STRATEGY must be one of ${STRATEGIES.join(", ")}.`);
    }
    strategy = { value: s, source: rawStrategy.source };
  } else if (clientId || clientSecret) {
    strategy = { value: "OAUTH", source: both(V.clientId, V.clientSecret, clientId, clientSecret) };
  } else if (token) {
    strategy = { value: "BEARER", source: token.source };
  } else if (username || password) {
    strategy = { value: "BASIC", source: both(V.username, V.password, username, password) };
  } else if (get(V.certPath) || get(V.keyPath)) {
    // A client certificate (mTLS) is the only credential.
    strategy = { value: "NONE", source: "default (client certificate only)" };
  } else {
    // No credentials and no strategy is more often a forgotten variable than a cluster without auth: say so.
    throw new AuthConfigError(
      "CAMUNDA_AUTH_STRATEGY",
      "No credentials are set: set ZEEBE_CLIENT_ID and ZEEBE_CLIENT_SECRET (OAuth), CAMUNDA_OAUTH_TOKEN (bearer) or CAMUNDA_BASIC_AUTH_USERNAME and CAMUNDA_BASIC_AUTH_PASSWORD (basic); for a cluster without authentication set CAMUNDA_AUTH_STRATEGY=NONE.",
    );
  }

  const restAddress = get(V.restAddress);
  if (restAddress) checkUrl(restAddress.value, restAddress.source, allowInsecureHttp.value);
  const config: AuthConfig = { strategy, tls: {}, allowInsecureHttp };
  if (restAddress) config.restAddress = restAddress;
  for (const k of ["caPath", "certPath", "keyPath"] as const) {
    const v = get(V[k]);
    if (v) config.tls[k] = v;
  }
  if (Boolean(config.tls.certPath) !== Boolean(config.tls.keyPath)) {
    const missing = config.tls.certPath ? "CAMUNDA_MTLS_KEY_PATH" : "CAMUNDA_MTLS_CERT_PATH";
    throw new AuthConfigError(missing, `mTLS needs both a certificate and a key: set ${missing}.`);
  }

  switch (strategy.value) {
    case "OAUTH": {
      if (!clientId) throw missingError(V.clientId, "the OAuth client id");
      if (!clientSecret) throw missingError(V.clientSecret, "the OAuth client secret");
      const tokenUrl = get(V.tokenUrl) ?? { value: SAAS_TOKEN_URL, source: "default (Camunda SaaS)" };
      checkUrl(tokenUrl.value, tokenUrl.source === "default (Camunda SaaS)" ? "tokenUrl" : tokenUrl.source, allowInsecureHttp.value);
      const audience = get(V.audience) ?? (tokenUrl.value === SAAS_TOKEN_URL ? { value: SAAS_AUDIENCE, source: "default (SaaS token URL)" } : undefined);
      const oauth: NonNullable<AuthConfig["oauth"]> = { clientId, clientSecret, tokenUrl };
      if (audience) oauth.audience = audience;
      const scope = get(V.scope);
      if (scope) oauth.scope = scope;
      const cacheDir = get(V.cacheDir);
      if (cacheDir) oauth.cacheDir = cacheDir;
      config.oauth = oauth;
      break;
    }
    case "BASIC":
      if (!username) throw missingError(V.username, "the basic auth user");
      if (!password) throw missingError(V.password, "the basic auth password");
      config.basic = { username, password };
      break;
    case "BEARER":
      if (!token) throw missingError(V.token, "the bearer token");
      config.bearer = { token };
      break;
    case "NONE":
      break;
  }
  return config;
}

/** The value of the first set name; two names set to different values is an error naming both. Empty means unset. */
function pick(env: Env, names: readonly string[], secret: boolean): ConfigValue | undefined {
  let found: ConfigValue | undefined;
  for (const name of names) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === "") continue;
    // Secrets are taken as they are: a space may be part of one.
    const value = secret ? raw : raw.trim();
    if (found && found.value !== value) {
      throw new AuthConfigError(`${found.source}, ${name}`, `${found.source} and ${name} are both set, to different values; unset one of them.`);
    }
    found ??= { value, source: name };
  }
  return found && secret ? hideFields(found, ["value"]) : found;
}

function both(aNames: readonly string[], bNames: readonly string[], a: ConfigValue | undefined, b: ConfigValue | undefined): string {
  return `${a?.source ?? aNames[0]} + ${b?.source ?? bNames[0]}`;
}

function missingError(names: readonly string[], what: string): AuthConfigError {
  return new AuthConfigError(names.join(" / "), `${names[0]} is not set: set ${what} in ${names.join(" or ")}.`);
}
