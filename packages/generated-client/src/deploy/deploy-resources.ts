import type { components } from "../generated/schema.js";
import type { CamundaClient } from "../strict-client.js";
import { unwrap } from "../unwrap.js";
import { CamundaResourceError } from "./resource-error.js";
import { checkNotEmpty, resourceContentType } from "./resource-types.js";

type S = components["schemas"];

/** A resource to deploy: a `File` (its name says its type), or a name and its content. */
export type DeployResource = File | { name: string; content: string | Uint8Array | Blob };

/** Options of {@link deployResources}. */
export interface DeployOptions {
  /** The tenant to deploy to (default: the client's `defaultTenantId`, else the cluster's default tenant). */
  tenantId?: string;
  /** Aborts the call. */
  signal?: AbortSignal;
}

type DeploymentResult = S["DeploymentResult"];

/** The deployment result with what it deployed grouped by kind. */
export interface DeployedResources extends DeploymentResult {
  processes: S["DeploymentProcessResult"][];
  decisions: S["DeploymentDecisionResult"][];
  decisionRequirements: S["DeploymentDecisionRequirementsResult"][];
  forms: S["DeploymentFormResult"][];
  /** Other resources (e.g. RPA scripts). */
  resources: S["DeploymentResourceResult"][];
}

function toFile(resource: DeployResource | Blob, index: number): File {
  if (resource instanceof File && resource.name !== "") return resource;
  if (!(resource instanceof Blob) && typeof resource?.name === "string" && resource.name !== "") {
    return new File([resource.content], resource.name, { type: resourceContentType(resource.name) });
  }
  throw new CamundaResourceError("unnamed", "", `Resource ${index + 1} has no name: pass a File or { name: "order.bpmn", content }.`);
}

/** A File for each resource, checked: named with a known resource type, not empty. */
export function resourceFiles(resources: readonly (DeployResource | Blob)[]): File[] {
  if (!Array.isArray(resources) || resources.length === 0) {
    throw new CamundaResourceError("none", "", "There is nothing to deploy: pass at least one resource.");
  }
  return resources.map((resource, index) => {
    const file = toFile(resource, index);
    resourceContentType(file.name);
    checkNotEmpty(file.name, file.size);
    return file;
  });
}

const defined = <T>(list: readonly (T | null | undefined)[]): T[] => list.filter((x): x is T => x != null);

/**
 * Deploys BPMN processes, DMN decisions, forms and other resources in one atomic call (`POST /deployments`,
 * multipart/form-data, one part per resource named by its file name) and returns the typed result with the deployed
 * processes, decisions, decision requirements, forms and resources and their keys.
 * See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/specifications/create-deployment/
 *
 * @throws {CamundaResourceError} before sending, when a resource has no name, an unknown type or no content.
 * @throws {CamundaProblemError} when the cluster refuses the deployment (e.g. 400 for an invalid BPMN).
 * @example
 * const deployment = await deployResources(client, [{ name: "order.bpmn", content: bpmnXml }], { tenantId: "acme" });
 * console.log(deployment.processes[0]?.processDefinitionKey);
 */
export async function deployResources(
  client: CamundaClient,
  resources: readonly (DeployResource | Blob)[],
  options: DeployOptions = {},
): Promise<DeployedResources> {
  const files = resourceFiles(resources);
  const body = options.tenantId === undefined ? { resources: files } : { resources: files, tenantId: options.tenantId };
  const result = unwrap(await client.POST("/deployments", { body, ...(options.signal ? { signal: options.signal } : {}) }));
  const items = result.deployments ?? [];
  return {
    ...result,
    processes: defined(items.map((d) => d.processDefinition)),
    decisions: defined(items.map((d) => d.decisionDefinition)),
    decisionRequirements: defined(items.map((d) => d.decisionRequirements)),
    forms: defined(items.map((d) => d.form)),
    resources: defined(items.map((d) => d.resource)),
  };
}
