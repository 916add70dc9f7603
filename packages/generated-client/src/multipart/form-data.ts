import { multipartBodies } from "../generated/bodies.js";

/** Options of {@link toFormData}. */
export interface FormDataOptions {
  /**
   * The file name of a part whose value is a `Blob` that is not a `File` (a `File` keeps its own name). Default:
   * the field name, with `-2`, `-3`, ... for the second and later parts of a list.
   */
  fileName?: (field: string, index: number, blob: Blob) => string;
}

/**
 * The `FormData` of a multipart/form-data request body of the operation `route` (`"POST /deployments"`), built from
 * its typed body: a list becomes repeated parts of the same name, a `File` keeps its name, another `Blob` gets the
 * name `options.fileName` gives, a part the spec encodes as JSON (its `encoding.contentType`, or an object value)
 * is one part of that content type, and any other value a text part.
 * See RFC 7578 (multipart/form-data) and https://spec.openapis.org/oas/v3.0.3#encoding-object
 *
 * @example
 * const form = toFormData("POST /deployments", { resources: [new File([xml], "order.bpmn")], tenantId: "acme" });
 */
export function toFormData(route: string, body: Record<string, unknown>, options?: FormDataOptions): FormData {
  const types = multipartBodies[route] ?? {};
  const form = new FormData();
  for (const [field, value] of Object.entries(body ?? {})) {
    const type = types[field];
    const list = Array.isArray(value) && !type ? value : [value];
    list.forEach((v: unknown, i) => {
      if (v == null) return;
      if (v instanceof Blob) {
        const own = (v as Partial<File>).name;
        form.append(field, v, own || (options?.fileName?.(field, i, v) ?? (i > 0 ? `${field}-${i + 1}` : field)));
      } else if (type || typeof v === "object") {
        form.append(field, new Blob([JSON.stringify(v)], { type: type ?? "application/json" }), `${field}.json`);
      } else {
        form.append(field, String(v));
      }
    });
  }
  return form;
}

/**
 * An openapi-fetch `bodySerializer` for a multipart operation, for when a Blob's file name should come from you.
 * Without one, the client builds the same FormData with the default names.
 *
 * @example
 * await client.POST("/deployments", {
 *   body: { resources: [blob] },
 *   bodySerializer: multipartSerializer("POST /deployments", { fileName: () => "order.bpmn" }),
 * });
 */
export function multipartSerializer(route: string, options?: FormDataOptions): (body: unknown) => FormData {
  return (body) => (body instanceof FormData ? body : toFormData(route, body as Record<string, unknown>, options));
}
