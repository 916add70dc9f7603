import { multipartBodies, tenantBodies } from "./generated/bodies.js";
import { toFormData } from "./multipart/form-data.js";

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
