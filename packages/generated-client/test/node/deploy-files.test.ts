import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CamundaResourceError, createCamundaClient } from "../../src/index.js";
import { deployFiles } from "../../src/node/index.js";

const dir = mkdtempSync(join(tmpdir(), "c8rest-deploy-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function recording() {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify({ deploymentKey: "1", tenantId: "<default>", deployments: [] }), { headers: { "content-type": "application/json" } });
  };
  return { client: createCamundaClient({ baseUrl: "http://cluster:8080", fetch }), requests };
}

describe("deployFiles (@c8rest/client/node)", () => {
  it("reads each file and names its part by the file name", async () => {
    const { client, requests } = recording();
    const bytes = Uint8Array.from([1, 2, 3, 0, 255]);
    const result = await deployFiles(client, [file("order.bpmn", "<bpmn/>"), file("rules.DMN", bytes)], { tenantId: "acme" });
    expect(result.deploymentKey).toBe("1");
    const form = await requests[0]!.formData();
    const parts = form.getAll("resources") as File[];
    expect(parts.map((p) => p.name)).toEqual(["order.bpmn", "rules.DMN"]);
    expect(await parts[0]!.text()).toBe("<bpmn/>");
    expect(new Uint8Array(await parts[1]!.arrayBuffer())).toEqual(bytes);
    expect(form.get("tenantId")).toBe("acme");
  });

  it.each([
    ["a directory", () => { const d = join(dir, "processes"); mkdirSync(d, { recursive: true }); return d; }, "directory", /is a directory/],
    ["an empty file", () => file("empty.bpmn", ""), "empty", /is empty/],
    ["a file of an unknown resource type", () => file("readme.md", "# hi"), "unknown-type", /\.bpmn, \.dmn, \.form/],
    ["a missing file", () => join(dir, "missing.bpmn"), "unreadable", /ENOENT/],
  ] as const)("refuses %s with an error naming it, before sending", async (_what, make, problem, message) => {
    const { client, requests } = recording();
    const path = make();
    const error = await deployFiles(client, [file("ok.bpmn", "<bpmn/>"), path]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CamundaResourceError);
    expect(error).toMatchObject({ problem });
    expect((error as CamundaResourceError).resource).toContain(path.split("/").at(-1));
    expect((error as Error).message).toMatch(message);
    expect(requests).toEqual([]);
  });
});
