import { CamundaConfigError } from "./errors.js";
import { multipartBodies, tenantBodies } from "./generated/bodies.js";
import { toFormData } from "./multipart/form-data.js";
import { isTenantId, TENANT_ID_RULE } from "./tenant-id.js";

type Init = { body?: unknown; bodySerializer?: unknown };

/**
 * The call options with the body the operation `route` (`"POST /deployments"`) needs: the default tenant in an
 * optional `tenantId` (or `tenantIds` list) the caller left unset, and for a multipart/form-data operation a
 * serializer that builds the FormData from the typed body (unless the caller gave a `bodySerializer`). Both facts
 * are generated from the spec (src/generated/bodies.ts). The caller's objects are not changed.
 */
export function prepareInit<I extends Init | undefined>(route: string, init: I, defaultTenantId: string | undefined): I {
  const body = init?.body as Record<string, unknown> | undefined;
  // Only a plain object body (not FormData, a Blob, a string or a list) is the typed body of an operation.
  if (!init || body?.constructor !== Object) return init;
  const field = defaultTenantId && tenantBodies[route];
  let next: Init = init;
  if (field && body[field] === undefined) {
    next = { ...init, body: { ...body, [field]: field === "tenantIds" ? [defaultTenantId] : defaultTenantId } };
  }
  if (multipartBodies[route] && init.bodySerializer === undefined) {
    next = { ...next, bodySerializer: (b: Record<string, unknown>) => toFormData(route, b) };
  }
  return next as I;
}

const BODY_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
type Send = (url: string, init?: Init) => unknown;

/**
 * Makes the methods of an openapi-fetch client (and its `request`) prepare each call's body with {@link prepareInit}.
 * Done first, before anything else wraps or captures the methods, so every way to call the client has it.
 *
 * @throws {CamundaConfigError} when `defaultTenantId` is given and is not a tenant id.
 */
export function prepareBodies(client: object, defaultTenantId: string | undefined): void {
  if (defaultTenantId !== undefined && !isTenantId(defaultTenantId)) {
    throw new CamundaConfigError("defaultTenantId", `defaultTenantId must be ${TENANT_ID_RULE}.`);
  }
  const methods = client as Record<string, Send> & { request: (method: string, url: string, init?: Init) => unknown };
  for (const m of BODY_METHODS) {
    const send = methods[m]!;
    methods[m] = (url, init) => send(url, prepareInit(`${m} ${url}`, init, defaultTenantId));
  }
  const request = methods.request;
  methods.request = (method, url, init) => request(method, url, prepareInit(`${method.toUpperCase()} ${url}`, init, defaultTenantId));
}
