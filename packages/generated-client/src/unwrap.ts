import { CamundaProblemError } from "./problem-error.js";

/** The result of an openapi-fetch call: `data` on success, `error` with the response otherwise. */
export interface CallResult<D, E> {
  data?: D;
  error?: E;
  response: Response;
}

/** The `data` of the success member of an openapi-fetch result union. */
export type DataOf<R> = R extends { data: infer D } ? D : never;

/**
 * The data of a successful call, or a thrown {@link CamundaProblemError} for an HTTP error: an opt-in throwing mode
 * over openapi-fetch's `{ data, error, response }`. A success without a body (204) gives `undefined`.
 *
 * @throws {CamundaProblemError} when the response is not 2xx.
 * @example
 * const topology = unwrap(await client.GET("/topology"));
 * console.log(topology.clusterSize);
 */
export function unwrap<R extends CallResult<unknown, unknown>>(result: R): DataOf<R> {
  if (result.response.ok && result.error === undefined) return result.data as DataOf<R>;
  throw new CamundaProblemError(result.response, result.error);
}
