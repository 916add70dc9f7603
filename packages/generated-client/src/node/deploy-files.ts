import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { deployResources, type DeployedResources, type DeployOptions } from "../deploy/deploy-resources.js";
import { CamundaResourceError } from "../deploy/resource-error.js";
import { checkNotEmpty, resourceContentType } from "../deploy/resource-types.js";
import type { CamundaClient } from "../strict-client.js";

async function readResource(path: string): Promise<File> {
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    const code = (cause as { code?: string }).code ?? "an error";
    throw new CamundaResourceError("unreadable", path, `${path} cannot be read (${code}): check the path.`, { cause });
  }
  if (info.isDirectory()) {
    throw new CamundaResourceError("directory", path, `${path} is a directory: pass the files in it (e.g. ${path}/order.bpmn).`);
  }
  const type = resourceContentType(name);
  checkNotEmpty(path, info.size);
  try {
    return new File([await readFile(path)], name, { type });
  } catch (cause) {
    throw new CamundaResourceError("unreadable", path, `${path} cannot be read: check its permissions.`, { cause });
  }
}

/**
 * Deploys files from disk in one atomic call: reads each path, names its part by the file name (the cluster reads
 * the resource type from it) and calls {@link deployResources}. Node.js only (`@c8rest/client/node`).
 * See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/specifications/create-deployment/
 *
 * @throws {CamundaResourceError} before sending, for a directory, an empty file, a file without a known resource
 *   type (`.bpmn`, `.dmn`, `.form`, `.rpa`) or one that cannot be read; the error names the path.
 * @throws {CamundaProblemError} when the cluster refuses the deployment.
 * @example
 * const deployment = await deployFiles(client, ["./order.bpmn", "./discount.dmn"]);
 * for (const p of deployment.processes) console.log(p.processDefinitionId, p.processDefinitionKey);
 */
export async function deployFiles(client: CamundaClient, paths: readonly string[], options: DeployOptions = {}): Promise<DeployedResources> {
  if (!Array.isArray(paths) || paths.length === 0) {
    throw new CamundaResourceError("none", "", "There is nothing to deploy: pass at least one file path.");
  }
  const files: File[] = [];
  for (const path of paths) files.push(await readResource(path));
  return deployResources(client, files, options);
}
