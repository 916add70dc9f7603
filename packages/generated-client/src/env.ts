import { CamundaConfigError } from "./errors.js";
import { isTenantId, TENANT_ID_RULE } from "./tenant-id.js";

/** The variables {@link clientOptionsFromEnv} reads, first name first (the later ones are Camunda SDK aliases). */
export const CLIENT_ENV_VARIABLES = {
  restAddress: ["ZEEBE_REST_ADDRESS", "CAMUNDA_REST_ADDRESS"],
  defaultTenantId: ["CAMUNDA_DEFAULT_TENANT_ID"],
} as const;

/** What {@link clientOptionsFromEnv} returns: the client options the environment sets. */
export interface ClientEnvOptions {
  baseUrl?: string;
  defaultTenantId?: string;
}

function first(env: Record<string, string | undefined>, names: readonly string[]): [string, string] | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return [name, value];
  }
  return undefined;
}

/**
 * Client options from environment variables: `baseUrl` from `ZEEBE_REST_ADDRESS` (or `CAMUNDA_REST_ADDRESS`) and
 * `defaultTenantId` from `CAMUNDA_DEFAULT_TENANT_ID`, as Camunda's SDKs name them. Unset or empty variables are left
 * out, so the result spreads over your own options. Auth variables are `@c8rest/auth`'s (`authFromEnv`).
 * See https://docs.camunda.io/docs/apis-tools/camunda-api-rest/camunda-api-rest-authentication/ and
 * https://docs.camunda.io/docs/components/concepts/multi-tenancy/
 *
 * @throws {CamundaConfigError} when `CAMUNDA_DEFAULT_TENANT_ID` is not a tenant id (the message names the variable).
 * @example
 * const client = createCamundaClient({ baseUrl: "http://localhost:8080", ...clientOptionsFromEnv(process.env) });
 */
export function clientOptionsFromEnv(env: Record<string, string | undefined> = globalThis.process?.env ?? {}): ClientEnvOptions {
  const options: ClientEnvOptions = {};
  const address = first(env, CLIENT_ENV_VARIABLES.restAddress);
  if (address) options.baseUrl = address[1];
  const tenant = first(env, CLIENT_ENV_VARIABLES.defaultTenantId);
  if (tenant) {
    if (!isTenantId(tenant[1])) throw new CamundaConfigError(tenant[0], `${tenant[0]} must be ${TENANT_ID_RULE}: fix or unset it.`);
    options.defaultTenantId = tenant[1];
  }
  return options;
}
