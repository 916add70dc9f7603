import type { Client, FetchResponse, MaybeOptionalInit, ParseAs } from "openapi-fetch";
import type { paths } from "./generated/schema.js";

/** The HTTP methods the spec uses. */
export type HttpMethod = "get" | "put" | "post" | "delete" | "patch";

/** JSON and every other media type, as openapi-fetch's `Client` uses by default. */
type Media = `${string}/${string}`;

/** The paths that have an operation for method `M`. */
export type PathsWithMethod<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof paths];

/** The options of one call: `params`, `body` and fetch's `RequestInit`, as openapi-fetch takes them. */
export type CallInit<P extends PathsWithMethod<M>, M extends HttpMethod> = MaybeOptionalInit<paths[P], M>;

/** `true` for one path; `false` for a union, which is what P becomes when the path given is not in the spec. */
type IsOnePath<T, All = T> = T extends unknown ? ([All] extends [T] ? true : false) : never;

// For an unknown path the init stays optional, so the compiler's error is about the path, not the argument count.
type CallArgs<P extends PathsWithMethod<M>, M extends HttpMethod, A extends ParseAs> =
  undefined extends CallInit<P, M>
    ? [init?: CallInit<P, M> & { parseAs?: A }]
    : IsOnePath<P> extends true
      ? [init: CallInit<P, M> & { parseAs?: A }]
      : [init?: CallInit<P, M> & { parseAs?: A }];

/**
 * One HTTP method of {@link CamundaClient}. Unlike openapi-fetch's generic `ClientMethod`, the options are not
 * inferred from the argument, so the compiler checks the object literal against the operation's own types: an
 * unknown or misspelt field in `body`, `params` or the options is an error at that field. With `parseAs` ("text",
 * "blob", "arrayBuffer", "stream") `data` has that type instead of the JSON body.
 */
export type StrictMethod<M extends HttpMethod> = <P extends PathsWithMethod<M>, A extends ParseAs = "json">(
  url: P,
  ...init: CallArgs<P, M, A>
) => Promise<FetchResponse<paths[P][M] & Record<string | number, unknown>, { parseAs: A }, Media>>;

/**
 * A typed client of the Orchestration Cluster REST API: the openapi-fetch client over the generated `paths`, with
 * methods that check call options strictly. `use`, `eject` and `request` are openapi-fetch's.
 */
export interface CamundaClient extends Omit<Client<paths>, "GET" | "PUT" | "POST" | "DELETE" | "PATCH"> {
  /** Call a GET endpoint, e.g. `client.GET("/topology")`. */
  GET: StrictMethod<"get">;
  /** Call a PUT endpoint. */
  PUT: StrictMethod<"put">;
  /** Call a POST endpoint, e.g. `client.POST("/process-instances", { body })`. */
  POST: StrictMethod<"post">;
  /** Call a DELETE endpoint. */
  DELETE: StrictMethod<"delete">;
  /** Call a PATCH endpoint. */
  PATCH: StrictMethod<"patch">;
}
