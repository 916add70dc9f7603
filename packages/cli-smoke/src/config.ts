// Resolves the smoke run's configuration: the variables of @c8rest/auth (readAuthConfig), overridden by flags.
import { AUTH_ENV_VARIABLES, readAuthConfig, type AuthConfig, type ConfigValue } from "@c8rest/auth";
import { CLIENT_ENV_VARIABLES, clientOptionsFromEnv } from "@c8rest/client";
import type { CliArgs } from "./args.js";
import { UsageError } from "./exit-codes.js";

type Env = Record<string, string | undefined>;

/** The configuration of a smoke run. */
export interface SmokeConfig {
  /** The cluster's REST address (the API is `<address>/v2`). */
  address: ConfigValue;
  /** What `readAuthConfig` resolved, with the source of each value (a variable, a flag, or a default). */
  auth: AuthConfig;
  /** The environment the run uses: the process's, with flag values written into the variables they override. */
  env: Env;
  /** The client's default tenant (`CAMUNDA_DEFAULT_TENANT_ID`, read by `clientOptionsFromEnv` of @c8rest/client). */
  defaultTenantId?: ConfigValue;
}

const FLAG_VARIABLES = [
  ["address", "--address", AUTH_ENV_VARIABLES.restAddress],
  ["clientId", "--client-id", AUTH_ENV_VARIABLES.clientId],
  ["tokenUrl", "--token-url", AUTH_ENV_VARIABLES.tokenUrl],
  ["audience", "--audience", AUTH_ENV_VARIABLES.audience],
  ["scope", "--scope", AUTH_ENV_VARIABLES.scope],
] as const;

function renameSources(node: unknown, from: ReadonlyMap<string, string>): void {
  if (!node || typeof node !== "object") return;
  const value = node as { source?: unknown };
  if (typeof value.source === "string" && from.has(value.source)) {
    Object.defineProperty(node, "source", { value: from.get(value.source), enumerable: true, writable: true });
    return;
  }
  for (const child of Object.values(node)) renameSources(child, from);
}

/**
 * Merges flags into the environment (a flag replaces every alias of its variable, so `--client-id` wins over
 * both `ZEEBE_CLIENT_ID` and `CAMUNDA_CLIENT_ID`), adds the secret read from stdin, and resolves it all with
 * `readAuthConfig` from `@c8rest/auth`. Sources name the flag where a flag gave the value.
 *
 * @throws {UsageError} when no cluster address is set.
 * @throws {AuthConfigError} (from `@c8rest/auth`) when the auth variables are inconsistent or incomplete.
 * @throws {CamundaConfigError} (from `@c8rest/client`) when `CAMUNDA_DEFAULT_TENANT_ID` is not a tenant id.
 * @example
 * const config = resolveSmokeConfig(parseCliArgs(["--address", "http://localhost:8080"]), process.env);
 * config.address; // { value: "http://localhost:8080", source: "--address" }
 */
export function resolveSmokeConfig(args: CliArgs, env: Env, stdinSecret?: string): SmokeConfig {
  const merged: Env = { ...env };
  const fromFlag = new Map<string, string>();
  for (const [key, flag, names] of FLAG_VARIABLES) {
    const value = args[key];
    if (value === undefined) continue;
    for (const name of names) delete merged[name];
    merged[names[0]] = value;
    fromFlag.set(names[0], flag);
  }
  if (stdinSecret !== undefined) {
    for (const name of AUTH_ENV_VARIABLES.clientSecret) delete merged[name];
    merged[AUTH_ENV_VARIABLES.clientSecret[0]] = stdinSecret;
    fromFlag.set(AUTH_ENV_VARIABLES.clientSecret[0], "stdin (--client-secret-stdin)");
  }
  const auth = readAuthConfig(merged);
  renameSources(auth, fromFlag);
  if (!auth.restAddress) {
    const names = AUTH_ENV_VARIABLES.restAddress;
    throw new UsageError(
      names[0],
      `${names[0]} is not set: set the cluster's REST address (e.g. http://localhost:8080) in ${names.join(" or ")}, or pass --address.`,
    );
  }
  const { defaultTenantId } = clientOptionsFromEnv(merged);
  const tenantSource = CLIENT_ENV_VARIABLES.defaultTenantId[0];
  return { address: auth.restAddress, auth, env: merged, ...(defaultTenantId ? { defaultTenantId: { value: defaultTenantId, source: tenantSource } } : {}) };
}

/** One row of `c8rest-smoke config`. */
export interface ConfigRow {
  setting: string;
  value: string;
  source: string;
}

const REDACTED = "[redacted]";

/**
 * The rows `c8rest-smoke config` prints: every resolved setting with its source; secrets are `[redacted]`.
 *
 * @example
 * describeConfig(config).find((r) => r.setting === "client secret")?.value; // "[redacted]"
 */
export function describeConfig(config: SmokeConfig): ConfigRow[] {
  const { auth } = config;
  const rows: ConfigRow[] = [];
  const add = (setting: string, v: ConfigValue<unknown> | undefined, secret = false): void => {
    if (v) rows.push({ setting, value: secret ? REDACTED : String(v.value), source: v.source });
  };
  add("address", config.address);
  add("default tenant", config.defaultTenantId);
  add("auth strategy", auth.strategy);
  add("client id", auth.oauth?.clientId);
  add("client secret", auth.oauth?.clientSecret, true);
  add("token URL", auth.oauth?.tokenUrl);
  add("audience", auth.oauth?.audience);
  add("scope", auth.oauth?.scope);
  add("token cache dir", auth.oauth?.cacheDir);
  add("basic user", auth.basic?.username);
  add("basic password", auth.basic?.password, true);
  add("bearer token", auth.bearer?.token, true);
  add("CA certificate", auth.tls.caPath);
  add("client certificate", auth.tls.certPath);
  add("client key", auth.tls.keyPath);
  add("allow insecure http", auth.allowInsecureHttp);
  return rows;
}
