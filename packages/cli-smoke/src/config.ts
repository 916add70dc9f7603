// Resolves the smoke run's configuration: the variables of @c8rest/auth (readAuthConfig), overridden by flags.
import { AUTH_ENV_VARIABLES, AuthConfigError, readAuthConfig, type AuthConfig, type ConfigValue } from "@c8rest/auth";
import { CamundaConfigError, CLIENT_ENV_VARIABLES, clientOptionsFromEnv, maskAddress } from "@c8rest/client";
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
  const { merged, fromFlag } = mergeFlags(args, env, stdinSecret);
  const auth = readAuthConfig(merged);
  renameSources(auth, fromFlag);
  if (!auth.restAddress) throw missingAddress();
  const { defaultTenantId } = clientOptionsFromEnv(merged);
  const tenantSource = CLIENT_ENV_VARIABLES.defaultTenantId[0];
  return { address: auth.restAddress, auth, env: merged, ...(defaultTenantId ? { defaultTenantId: { value: defaultTenantId, source: tenantSource } } : {}) };
}

function missingAddress(): UsageError {
  const names = AUTH_ENV_VARIABLES.restAddress;
  return new UsageError(
    names[0],
    `${names[0]} is not set: set the cluster's REST address (e.g. http://localhost:8080) in ${names.join(" or ")}, or pass --address.`,
  );
}

/** The environment with the flags written into the variables they override, and which flag set which variable. */
function mergeFlags(args: CliArgs, env: Env, stdinSecret: string | undefined): { merged: Env; fromFlag: Map<string, string> } {
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
  return { merged, fromFlag };
}

/** One row of `c8rest-smoke config`. */
export interface ConfigRow {
  setting: string;
  value: string;
  source: string;
}

const REDACTED = "[redacted]";

// The rows of `c8rest-smoke config`: label, the variables of @c8rest/auth it comes from, whether it is secret.
const SETTINGS: readonly [string, keyof typeof AUTH_ENV_VARIABLES, boolean?][] = [
  ["address", "restAddress"],
  ["auth strategy", "strategy"],
  ["client id", "clientId"],
  ["client secret", "clientSecret", true],
  ["token URL", "tokenUrl"],
  ["audience", "audience"],
  ["scope", "scope"],
  ["token cache dir", "cacheDir"],
  ["basic user", "username"],
  ["basic password", "password", true],
  ["bearer token", "token", true],
  ["CA certificate", "caPath"],
  ["client certificate", "certPath"],
  ["client key", "keyPath"],
  ["allow insecure http", "allowInsecureHttp"],
];

/** What is wrong in an incomplete configuration: the setting, `missing` or `invalid`, and the message. */
export interface ConfigProblem {
  setting: string;
  state: "missing" | "invalid";
  message: string;
}

/**
 * For `c8rest-smoke config` when the configuration does not resolve: the rows of what is set (secrets redacted,
 * sources as the variables or flags) and every problem found: a missing address, and what `readAuthConfig` refused.
 *
 * @example
 * const { rows, problems } = describeIncompleteConfig(parseCliArgs(["config"]), { ZEEBE_CLIENT_ID: "id" });
 * problems[0]; // { setting: "ZEEBE_REST_ADDRESS", state: "missing", message: "ZEEBE_REST_ADDRESS is not set: ..." }
 */
export function describeIncompleteConfig(args: CliArgs, env: Env, stdinSecret?: string): { rows: ConfigRow[]; problems: ConfigProblem[] } {
  const { merged, fromFlag } = mergeFlags(args, env, stdinSecret);
  const isSet = (name: string) => (merged[name] ?? "").trim() !== "";
  const rows: ConfigRow[] = [];
  for (const [label, key, secret] of SETTINGS) {
    const name = AUTH_ENV_VARIABLES[key].find(isSet);
    // An address that did not resolve may carry credentials: shown masked.
    if (name) rows.push({ setting: label, value: secret ? REDACTED : maskAddress(merged[name]!.trim()), source: fromFlag.get(name) ?? name });
    const tenant = key === "restAddress" ? CLIENT_ENV_VARIABLES.defaultTenantId.find(isSet) : undefined;
    if (tenant) rows.push({ setting: "default tenant", value: merged[tenant]!.trim(), source: tenant });
  }
  const problems: ConfigProblem[] = [];
  const add = (e: { setting: string; message: string }) => {
    const names = e.setting.split(/ \/ |, | \+ /);
    problems.push({ setting: e.setting, state: names.some(isSet) ? "invalid" : "missing", message: e.message });
  };
  if (!AUTH_ENV_VARIABLES.restAddress.some(isSet)) add(missingAddress());
  for (const check of [() => readAuthConfig(merged), () => clientOptionsFromEnv(merged)]) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof AuthConfigError || error instanceof CamundaConfigError)) throw error;
      add(error);
    }
  }
  return { rows, problems };
}

/**
 * The rows `c8rest-smoke config` prints: every resolved setting with its source; secrets are `[redacted]`.
 *
 * @example
 * describeConfig(config).find((r) => r.setting === "client secret")?.value; // "[redacted]"
 */
export function describeConfig(config: SmokeConfig): ConfigRow[] {
  const { auth } = config;
  const values: Record<(typeof SETTINGS)[number][1], ConfigValue<unknown> | undefined> = {
    restAddress: config.address,
    strategy: auth.strategy,
    clientId: auth.oauth?.clientId,
    clientSecret: auth.oauth?.clientSecret,
    tokenUrl: auth.oauth?.tokenUrl,
    audience: auth.oauth?.audience,
    scope: auth.oauth?.scope,
    cacheDir: auth.oauth?.cacheDir,
    username: auth.basic?.username,
    password: auth.basic?.password,
    token: auth.bearer?.token,
    caPath: auth.tls.caPath,
    certPath: auth.tls.certPath,
    keyPath: auth.tls.keyPath,
    allowInsecureHttp: auth.allowInsecureHttp,
  };
  const rows: ConfigRow[] = [];
  for (const [setting, key, secret] of SETTINGS) {
    const v = values[key];
    if (v) rows.push({ setting, value: secret ? REDACTED : String(v.value), source: v.source });
    if (key === "restAddress" && config.defaultTenantId) {
      rows.push({ setting: "default tenant", value: config.defaultTenantId.value, source: config.defaultTenantId.source });
    }
  }
  return rows;
}
