import type {
  BodySerializer,
  Client,
  ClientOptions,
  FetchResponse,
  HeadersOptions,
  Middleware,
  ParseAs,
  PathSerializer,
  QuerySerializer,
  QuerySerializerOptions,
} from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import type { MethodInitRequired, MethodInits, MethodOperations, MethodPaths } from "./generated/methods.js";

/** The HTTP methods the spec uses. */
export type HttpMethod = "get" | "put" | "post" | "delete" | "patch";

/** JSON and every other media type, as openapi-fetch's `Client` uses by default. */
type Media = `${string}/${string}`;

// Type-check cost (see BENCHMARKS.md): every type below is an indexed access into the per-method maps generated
// from the spec (src/generated/methods.ts); nothing filters all paths or evaluates openapi-fetch's conditional
// option types per call. The call's path parameter is `P extends string`, so while the compiler infers P the
// options' contextual type goes through the maps' string index signatures instead of expanding to the union of
// every path's types. The path itself is checked by `url: P extends Paths ? P : Paths` (a path outside the spec
// is an error naming the union); `P & Paths` would do the same but costs an intersection per path of the union.

/** The paths that have an operation for method `M`. */
export type PathsWithMethod<M extends HttpMethod> = MethodPaths[M];

/** What every call accepts besides `params` and `body`: openapi-fetch's RequestOptions and fetch's RequestInit. */
export interface CallOptions<Op, A extends ParseAs = "json"> extends Omit<RequestInit, "body" | "headers"> {
  baseUrl?: string;
  querySerializer?: QuerySerializer<Op> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<Op>;
  pathSerializer?: PathSerializer;
  /** How to read the response body: "json" (default), "text", "blob", "arrayBuffer" or "stream". */
  parseAs?: A;
  fetch?: ClientOptions["fetch"];
  headers?: HeadersOptions;
  middleware?: Middleware[];
}

/**
 * The options of one call: `params`, `body` and fetch's `RequestInit`, as openapi-fetch takes them.
 *
 * @example
 * const init: CallInit<"/process-instances/search", "post"> = { body: { page: { limit: 10 } } };
 */
export type CallInit<P extends PathsWithMethod<M>, M extends HttpMethod, A extends ParseAs = "json"> = InitOf<M, P, A>;

type InitOf<M extends HttpMethod, P extends string, A extends ParseAs> = MethodInits[M][P] & CallOptions<MethodOperations[M][P], A>;

// For a path outside the spec the index signature gives `boolean`: the init stays optional and the compiler's
// error is about the path, not the argument count.
type CallArgs<M extends HttpMethod, P extends string, A extends ParseAs> = MethodInitRequired[M][P] extends true
  ? [init: InitOf<M, P, A>]
  : [init?: InitOf<M, P, A>];

/**
 * One HTTP method of {@link CamundaClient}. Unlike openapi-fetch's generic `ClientMethod`, the options are not
 * inferred from the argument, so the compiler checks the object literal against the operation's own types: an
 * unknown or misspelt field in `body`, `params` or the options is an error at that field. With `parseAs` ("text",
 * "blob", "arrayBuffer", "stream") `data` has that type instead of the JSON body.
 */
export type StrictMethod<M extends HttpMethod> = <P extends string, A extends ParseAs = "json">(
  url: P extends PathsWithMethod<M> ? P : PathsWithMethod<M>,
  ...init: CallArgs<M, P, A>
) => Promise<FetchResponse<MethodOperations[M][P] & Record<string | number, unknown>, { parseAs: A }, Media>>;

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
