export { createCamundaClient } from "./client.js";
export type { CamundaClientOptions } from "./client.js";
export type { CamundaClient, StrictMethod, CallInit, HttpMethod, PathsWithMethod } from "./strict-client.js";
export { resolveApiBaseUrl, API_PATH_PREFIX } from "./base-url.js";
export { isLoopbackHost, maskAddress, parseAddress, schemeProblem } from "./address.js";
export { CamundaConfigError, CONFIG_ERROR_CODE } from "./errors.js";
export type { Schema, ApiPath, RequestBody, ResponseBody } from "./types.js";
export type { paths, components, operations } from "./generated/schema.js";
export { operationTable, specInfo, ownBasePaths } from "./generated/operations.js";
export type { OperationId, OperationInfo, OperationKind } from "./generated/operations.js";
export type { Middleware, MiddlewareCallbackParams, ClientOptions } from "openapi-fetch";
export { createTransport } from "./transport/transport.js";
export type { TransportOptions, TransportFetch, BaseFetch, CallStart } from "./transport/transport.js";
export { callContextOf, AUTH_REPLAY } from "./transport/call-context.js";
// The pieces of the request path that @c8rest/auth builds on (one implementation of each).
export { sleep, MAX_TIMER_MS } from "./sleep.js";
export { base64Of, bytesOfBase64, formEncode } from "./base64.js";
export { TLS_ENV, TRANSPORT_ENV, needsTlsFetch } from "./tls/variables.js";
export type { CallContext } from "./transport/call-context.js";
export { CallRequest, isCallRequest, CALL_REQUEST_MIDDLEWARE } from "./transport/call-request.js";
export type { CallBody, CallRequestMiddleware } from "./transport/call-request.js";
export { DEFAULT_TIMEOUT_MS, DEFAULT_LONG_POLL_MARGIN_MS, DEFAULT_RETRY, DEFAULT_BUDGET, DEFAULT_MAX_RESPONSE_BYTES } from "./transport/options.js";
export type { CallOptions, RetryOptions, RetryBudgetOptions } from "./transport/options.js";
export {
  CamundaTimeoutError,
  CamundaNetworkError,
  CamundaRedirectError,
  CamundaResponseTooLargeError,
  TIMEOUT_ERROR_CODE,
  NETWORK_ERROR_CODE,
  REDIRECT_ERROR_CODE,
  RESPONSE_TOO_LARGE_ERROR_CODE,
  errorCode,
  isTlsError,
} from "./transport/errors.js";
export { CamundaPathParameterError, PATH_PARAMETER_ERROR_CODE } from "./path-params.js";
export { CamundaResponseError, RESPONSE_ERROR_CODE } from "./response-error.js";
export type { CallDescription } from "./transport/errors.js";
export { defaultUserAgent, runtimeUserAgent, CLIENT_VERSION } from "./transport/user-agent.js";
export { withCallOptions } from "./with-call-options.js";
export { unwrap } from "./unwrap.js";
export type { CallResult, DataOf } from "./unwrap.js";
export { CamundaProblemError, PROBLEM_ERROR_CODE } from "./problem-error.js";
export { backoffMs, parseRetryAfter } from "./transport/retry-policy.js";
export type { ProblemDetails } from "./problem-error.js";
export { excerpt, maskSecrets, secretsOfAuthorization, REDACTED } from "./redact.js";
export { paginate, CamundaPaginationError, PAGINATION_ERROR_CODE } from "./paginate.js";
export type { PaginateOptions, Paginated, SearchPath, SearchBody, SearchPage, SearchItem } from "./paginate.js";
export { waitFor, CamundaWaitTimeoutError, WAIT_TIMEOUT_ERROR_CODE } from "./wait-for.js";
export type { WaitForOptions, Polled } from "./wait-for.js";
export { clientOptionsFromEnv, CLIENT_ENV_VARIABLES } from "./env.js";
export type { ClientEnvOptions } from "./env.js";
export { toFormData, multipartSerializer } from "./multipart/form-data.js";
export type { FormDataOptions } from "./multipart/form-data.js";
export { deployResources } from "./deploy/deploy-resources.js";
export type { DeployResource, DeployOptions, DeployedResources } from "./deploy/deploy-resources.js";
export { RESOURCE_TYPES } from "./deploy/resource-types.js";
export { CamundaResourceError, RESOURCE_ERROR_CODE } from "./deploy/resource-error.js";
export type { ResourceProblem } from "./deploy/resource-error.js";
export { documentParams } from "./documents.js";
export type { DocumentReference, DocumentMetadata, DocumentCreationBatchResponse } from "./documents.js";
