// The per-method maps generated in src/generated/methods.ts must say exactly what openapi-fetch's own types say
// about every operation of the spec. Each alias below is `never` when they agree; the test compiles this file and
// expects no error.
import type { MaybeOptionalInit, RequestOptions } from "openapi-fetch";
import type { PathsWithMethod as OpenapiPathsWithMethod } from "openapi-typescript-helpers";
import type { paths } from "../../../src/generated/schema.js";
import type { MethodInitRequired, MethodInits, MethodOperations } from "../../../src/generated/methods.js";

type Method = keyof MethodOperations;
type Assert<T extends never> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Paths that openapi-fetch knows for M but the map does not, or the other way round. */
type KeyMismatch<M extends Method> =
  | Exclude<OpenapiPathsWithMethod<paths, M>, keyof MethodOperations[M]>
  | Exclude<keyof MethodOperations[M], OpenapiPathsWithMethod<paths, M>>;

/** Paths whose operation differs from `paths[P][M]`. */
type OperationMismatch<M extends Method> = {
  [P in keyof MethodOperations[M]]: Same<MethodOperations[M][P], paths[P & keyof paths][M & keyof paths[P & keyof paths]]> extends true ? never : P;
}[keyof MethodOperations[M]];

/** Paths where "the init is required" differs from openapi-fetch's MaybeOptionalInit. */
type RequiredMismatch<M extends Method> = {
  [P in keyof MethodOperations[M]]: (undefined extends MaybeOptionalInit<paths[P & keyof paths], M & keyof paths[P & keyof paths]> ? false : true) extends (
    P extends MethodInitRequired[M] ? true : false
  )
    ? never
    : P;
}[keyof MethodOperations[M]];

/** Paths whose `params`/`body` differ from openapi-fetch's RequestOptions. */
type ShapeMismatch<M extends Method> = {
  [P in keyof MethodOperations[M] & keyof MethodInits[M]]: Same<
    MethodInits[M][P],
    Pick<RequestOptions<MethodOperations[M][P]>, "params" | "body">
  > extends true
    ? never
    : P;
}[keyof MethodOperations[M] & keyof MethodInits[M]];

export type Checks = [
  Assert<KeyMismatch<"get"> | KeyMismatch<"put"> | KeyMismatch<"post"> | KeyMismatch<"delete"> | KeyMismatch<"patch">>,
  Assert<OperationMismatch<"get"> | OperationMismatch<"put"> | OperationMismatch<"post"> | OperationMismatch<"delete"> | OperationMismatch<"patch">>,
  Assert<RequiredMismatch<"get"> | RequiredMismatch<"put"> | RequiredMismatch<"post"> | RequiredMismatch<"delete"> | RequiredMismatch<"patch">>,
  Assert<ShapeMismatch<"get"> | ShapeMismatch<"put"> | ShapeMismatch<"post"> | ShapeMismatch<"delete"> | ShapeMismatch<"patch">>,
];
