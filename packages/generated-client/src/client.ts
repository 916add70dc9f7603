import createClient, { type ClientOptions, type Middleware } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { resolveApiBaseUrl } from "./base-url.js";
import type { CamundaClient } from "./strict-client.js";

/** Options of {@link createCamundaClient}: openapi-fetch's `ClientOptions` with a required cluster address. */
export interface CamundaClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /**
   * The cluster's REST address as Camunda's docs give it (`ZEEBE_REST_ADDRESS`), e.g. `http://localhost:8080`.
   * `/v2` is appended unless the address already ends in it.
   */
  baseUrl: string | URL;
  /** Middleware applied in order (e.g. `[authFromEnv()]` from `@c8rest/auth`). Same as calling `client.use(...)`. */
  middleware?: readonly Middleware[];
}

/**
 * Creates a typed client for the Camunda 8 Orchestration Cluster REST API (`/v2`), on openapi-fetch.
 * HTTP errors are returned as `{ error, response }`, never thrown; only transport failures throw.
 * See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-overview/
 *
 * @throws {CamundaConfigError} when `baseUrl` is missing or malformed (the message names the value to fix).
 * @example
 * const client = createCamundaClient({ baseUrl: "http://localhost:8080" });
 * const { data, error } = await client.GET("/topology");
 * if (data) console.log(data.clusterSize);
 */
export function createCamundaClient(options: CamundaClientOptions): CamundaClient {
  const { baseUrl, middleware, ...rest } = options ?? ({} as Partial<CamundaClientOptions>);
  const client = createClient<paths>({ ...rest, baseUrl: resolveApiBaseUrl(baseUrl) });
  if (middleware && middleware.length > 0) client.use(...middleware);
  // Same object; only the method signatures are stricter (see StrictMethod).
  return client as unknown as CamundaClient;
}
