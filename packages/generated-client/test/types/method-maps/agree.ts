// The per-method maps generated in src/generated/methods.ts must say exactly what openapi-fetch's own types say
// about every operation of the spec. Each alias below is `never` when they agree; the test compiles this file and
// expects no error.
import type { MaybeOptionalInit, RequestOptions } from "openapi-fetch";
import type { PathsWithMethod as OpenapiPathsWithMethod } from "openapi-typescript-helpers";
import type { paths } from "../../../src/generated/schema.js";
import type { MethodInitRequired, MethodInits, MethodOperations, MethodPaths } from "../../../src/generated/methods.js";

type Method = keyof MethodPaths;
type Assert<T extends never> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Paths that openapi-fetch knows for M but the map does not, or the other way round. */
type KeyMismatch<M extends Method> =
  | Exclude<OpenapiPathsWithMethod<paths, M>, MethodPaths[M]>
  | Exclude<MethodPaths[M], OpenapiPathsWithMethod<paths, M>>;

/** Paths whose operation differs from `paths[P][M]`. */
type OperationMismatch<M extends Method> = {
  [P in MethodPaths[M]]: Same<MethodOperations[M][P], paths[P & keyof paths][M & keyof paths[P & keyof paths]]> extends true ? never : P;
}[MethodPaths[M]];

/** Paths where "the init is required" differs from openapi-fetch's MaybeOptionalInit. */
type RequiredMismatch<M extends Method> = {
  [P in MethodPaths[M]]: Same<
    undefined extends MaybeOptionalInit<paths[P & keyof paths], M & keyof paths[P & keyof paths]> ? false : true,
    MethodInitRequired[M][P]
  > extends true
    ? never
    : P;
}[MethodPaths[M]];

/** Paths whose `params`/`body` differ from openapi-fetch's RequestOptions. */
type ShapeMismatch<M extends Method> = {
  [P in MethodPaths[M]]: Same<
    MethodInits[M][P],
    Pick<RequestOptions<MethodOperations[M][P]>, "params" | "body">
  > extends true
    ? never
    : P;
}[MethodPaths[M]];

export type Checks = [
  Assert<KeyMismatch<"get"> | KeyMismatch<"put"> | KeyMismatch<"post"> | KeyMismatch<"delete"> | KeyMismatch<"patch">>,
  Assert<OperationMismatch<"get"> | OperationMismatch<"put"> | OperationMismatch<"post"> | OperationMismatch<"delete"> | OperationMismatch<"patch">>,
  Assert<RequiredMismatch<"get"> | RequiredMismatch<"put"> | RequiredMismatch<"post"> | RequiredMismatch<"delete"> | RequiredMismatch<"patch">>,
  Assert<ShapeMismatch<"get"> | ShapeMismatch<"put"> | ShapeMismatch<"post"> | ShapeMismatch<"delete"> | ShapeMismatch<"patch">>,
];
