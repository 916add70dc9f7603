import type { components, operations, paths } from "./generated/schema.js";

/**
 * A named schema of the spec, e.g. `Schema<"TopologyResponse">`.
 *
 * @example
 * const topology: Schema<"TopologyResponse"> = data;
 */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/** Any path of the API, relative to `/v2` (e.g. `"/topology"`). */
export type ApiPath = keyof paths;

type JsonBody<T> = T extends { content: { "application/json": infer B } }
  ? B
  : T extends { content: { "multipart/form-data": infer B } }
    ? B
    : never;

/**
 * The request body of an operation by its operationId.
 *
 * @example
 * const body: RequestBody<"createProcessInstance"> = { processDefinitionId: "order-process" };
 */
export type RequestBody<Id extends keyof operations> = operations[Id] extends { requestBody?: infer R }
  ? JsonBody<NonNullable<R>>
  : never;

/**
 * The JSON body of a response of an operation by its operationId and status (default 200).
 *
 * @example
 * const topology: ResponseBody<"getTopology"> = await fetchTopologySomehow();
 */
export type ResponseBody<Id extends keyof operations, Status extends number = 200> = operations[Id] extends {
  responses: infer R;
}
  ? Status extends keyof R
    ? JsonBody<R[Status]>
    : never
  : never;
