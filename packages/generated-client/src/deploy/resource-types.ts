import { CamundaResourceError } from "./resource-error.js";

/**
 * The resource types a deployment takes, by file extension, with the content type their part is sent with:
 * BPMN processes, DMN decisions, Camunda forms and RPA scripts. The cluster reads the type from the file name.
 * See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/specifications/create-deployment/
 */
export const RESOURCE_TYPES: { readonly [extension: string]: string } = {
  ".bpmn": "application/xml",
  ".dmn": "application/xml",
  ".form": "application/json",
  ".rpa": "application/json",
};

/** The content type of a resource by its name, or a thrown error when the name has no known resource type. */
export function resourceContentType(name: string): string {
  const dot = name.lastIndexOf(".");
  const type = dot > 0 ? RESOURCE_TYPES[name.slice(dot).toLowerCase()] : undefined;
  if (type === undefined) {
    throw new CamundaResourceError(
      "unknown-type",
      name,
      `${name} is not a resource a deployment takes: name it with one of ${Object.keys(RESOURCE_TYPES).join(", ")}.`,
    );
  }
  return type;
}

/** Throws when a resource of `size` bytes is empty. */
export function checkNotEmpty(name: string, size: number): void {
  if (size === 0) throw new CamundaResourceError("empty", name, `${name} is empty: deploy a file with content.`);
}
