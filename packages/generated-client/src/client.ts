import openapiFetchDefault, { type ClientOptions, type Middleware } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { API_PATH_PREFIX, resolveApiBaseUrl } from "./base-url.js";
import { ownBasePaths } from "./generated/operations.js";
import { routeOwnBases } from "./own-base.js";
import type { CamundaClient } from "./strict-client.js";
import { prepareBodies } from "./request-body.js";
import { createTransport, type TransportOptions } from "./transport/transport.js";
import { bindCallMethods, METHODS, type RawMethods } from "./call-methods.js";
import { registerClient } from "./with-call-options.js";
import { trackRequestKind } from "./transport/call-request.js";

// openapi-fetch's CommonJS build sets `exports.default` without `__esModule`, so in our CJS build Node's interop
// makes the default import the module object: unwrap it (the tarball test's CJS consumer covers this).
const createClient: typeof openapiFetchDefault =
  typeof openapiFetchDefault === "function"
    ? openapiFetchDefault
    : (openapiFetchDefault as unknown as { default: typeof openapiFetchDefault }).default;

/** Options of {@link createCamundaClient}: openapi-fetch's `ClientOptions` with a required cluster address. */
export interface CamundaClientOptions
  extends Omit<ClientOptions, "baseUrl" | "fetch">,
    Pick<TransportOptions, "timeoutMs" | "longPollMarginMs" | "retry" | "budget" | "userAgent" | "maxResponseBytes"> {
  /**
   * The cluster's REST address as Camunda's docs give it (`ZEEBE_REST_ADDRESS`), e.g. `http://localhost:8080`.
   * `/v2` is appended unless the address already ends in it.
   */
  baseUrl: string | URL;
  /** Middleware applied in order (e.g. `[authFromEnv()]` from `@c8rest/auth`). Same as calling `client.use(...)`. */
  middleware?: readonly Middleware[];
  /**
   * The fetch that sends each attempt (default: the global fetch), e.g. `createTlsFetch(...)` from
   * `@c8rest/client/tls`. The transport (timeouts, retries, User-Agent) wraps it.
   */
  fetch?: (input: Request) => Promise<Response>;
  /**
   * The tenant of calls that name none (`CAMUNDA_DEFAULT_TENANT_ID`, see `clientOptionsFromEnv`): put into the
   * `tenantId` of every request body that has an optional one (deployments, process instances, messages, signals,
   * decisions, ...) and as `[tenantId]` into job activation's `tenantIds`, when the call leaves it unset.
   * The operations come from the spec. See https://docs.camunda.io/docs/components/concepts/multi-tenancy/
   */
  defaultTenantId?: string;
}

/**
 * Creates a typed client for the Camunda 8 Orchestration Cluster REST API (`/v2`), on openapi-fetch.
 * HTTP errors are returned as `{ error, response }`, never thrown; only transport failures throw
 * (`CamundaTimeoutError`, `CamundaNetworkError`, `CamundaRedirectError`, `CamundaResponseTooLargeError`), a 2xx
 * body that is not JSON (`CamundaResponseError`) and a path parameter that would change the path
 * (`CamundaPathParameterError`, nothing sent). A call ended by the caller's `signal` rejects with the signal's
 * reason, as fetch does. Each call has one deadline (`timeoutMs`, 30 s by default) that starts before any middleware
 * runs and covers the token wait, every attempt, the waits between them, a 401 replay and the body read; retries are
 * safe ones, the response size is limited (64 MiB by default) and redirects are not followed (see the README's
 * "Timeouts", "Retries" and "Redirects").
 * See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-overview/
 *
 * @throws {CamundaConfigError} when `baseUrl` is missing or malformed, `defaultTenantId` is not a tenant id, or a
 *   transport option is out of range.
 * @example
 * const client = createCamundaClient({ baseUrl: "http://localhost:8080", timeoutMs: 10_000 });
 * const { data, error } = await client.GET("/topology");
 * if (data) console.log(data.clusterSize);
 */
export function createCamundaClient(options: CamundaClientOptions): CamundaClient {
  const { baseUrl, middleware, fetch, timeoutMs, longPollMarginMs, retry, budget, userAgent, maxResponseBytes, defaultTenantId, ...rest } =
    options ?? ({} as Partial<CamundaClientOptions>);
  const apiBaseUrl = resolveApiBaseUrl(baseUrl);
  const transport = createTransport({
    fetch: fetch as TransportOptions["fetch"],
    basePath: new URL(apiBaseUrl).pathname,
    timeoutMs,
    longPollMarginMs,
    retry,
    budget,
    userAgent,
    maxResponseBytes,
  });
  const client = createClient<paths>({ ...rest, baseUrl: apiBaseUrl, fetch: transport });
  // Operations with their own `servers` (8.10's /cluster/v2/...) go to the address itself, not under /v2.
  if (Object.keys(ownBasePaths).length > 0) routeOwnBases(client, apiBaseUrl.slice(0, -API_PATH_PREFIX.length));
  // Multipart bodies and the default tenant, before anything captures the methods.
  prepareBodies(client, defaultTenantId);
  // Which request object calls get: a CallRequest while every middleware takes one (see call-request.ts).
  // A Request class of the caller's own is used as it is.
  const kind = rest.Request ? undefined : trackRequestKind(client);
  if (middleware && middleware.length > 0) client.use(...middleware);
  // Each call: path parameters checked, its deadline started before openapi-fetch runs the middleware (a token wait
  // counts too), JSON parsed into typed errors (call-methods.ts).
  const methods = client as unknown as RawMethods & Record<string, unknown>;
  const raw = { request: methods.request } as RawMethods;
  for (const m of METHODS) raw[m] = methods[m];
  bindCallMethods(methods, raw, transport, rest.pathSerializer, kind);
  registerClient(client, raw, transport, rest.pathSerializer, kind);
  // Same object; only the method signatures are stricter (see StrictMethod).
  return client as unknown as CamundaClient;
}
