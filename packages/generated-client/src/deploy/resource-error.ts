/** Stable code of {@link CamundaResourceError}: a resource to deploy cannot be sent as it is. */
export const RESOURCE_ERROR_CODE = "C8REST_RESOURCE_INVALID" as const;

/** Why a resource was refused. */
export type ResourceProblem = "none" | "unnamed" | "unknown-type" | "empty" | "directory" | "unreadable";

/**
 * Thrown by `deployResources` and `deployFiles` (from `@c8rest/client/node`) before anything is sent, when a
 * resource cannot be deployed: no resources, a Blob without a name, a name without a known resource type, an empty
 * file, a directory, or a file that cannot be read. The message names the resource and says what to fix.
 *
 * @example
 * try {
 *   await deployFiles(client, ["./processes"]);
 * } catch (e) {
 *   if (e instanceof CamundaResourceError) console.error(e.code, e.problem, e.resource);
 * }
 */
export class CamundaResourceError extends Error {
  override readonly name = "CamundaResourceError";
  readonly code = RESOURCE_ERROR_CODE;
  /** What is wrong with it. */
  readonly problem: ResourceProblem;
  /** The resource's name or path (`""` when there is none). */
  readonly resource: string;

  constructor(problem: ResourceProblem, resource: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.problem = problem;
    this.resource = resource;
  }
}
