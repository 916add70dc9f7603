// Multipart calls of @c8rest/client against Prism (which validates multipart bodies against the spec): deployments
// and document uploads must carry no request-side violation.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { authFromEnv } from "@c8rest/auth";
import { createCamundaClient, deployResources, documentParams, type CamundaClient } from "@c8rest/client";
import { describe, expect, it } from "vitest";
import { requestViolations } from "../../../mock-cluster/test/contract/check-response.js";
import { mockStack } from "../support/stack.js";

const stack = mockStack();
const client: CamundaClient = createCamundaClient({ baseUrl: stack.apiAddress, middleware: [authFromEnv(stack.env)] });
const tenantClient: CamundaClient = createCamundaClient({ baseUrl: stack.apiAddress, middleware: [authFromEnv(stack.env)], defaultTenantId: "tenant-a" });

/**
 * A document store in front of Prism: every request goes to Prism (which validates it and reports violations in
 * `sl-violations`); an upload's file is also kept, under an id of its own, and a download of that id answers the
 * kept bytes (Prism only knows the spec's static example).
 */
async function startDocumentStore(prism: string): Promise<{ address: string; close(): Promise<void> }> {
  const kept = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["host", "content-length", "connection"].includes(k))) as Record<string, string>;
      const upstream = await fetch(`${prism}${req.url}`, { method: req.method!, headers, ...(body.length ? { body } : {}) });
      let answer: Buffer = Buffer.from(await upstream.arrayBuffer());
      const out: Record<string, string> = { "content-type": upstream.headers.get("content-type") ?? "application/json" };
      const violations = upstream.headers.get("sl-violations");
      if (violations) out["sl-violations"] = violations;
      const path = new URL(req.url!, prism).pathname;
      if (req.method === "POST" && path === "/v2/documents" && upstream.ok) {
        const file = (await new Response(body, { headers: { "content-type": req.headers["content-type"]! } }).formData()).get("file") as File;
        const documentId = `doc-${kept.size + 1}`;
        kept.set(documentId, Buffer.from(await file.arrayBuffer()));
        answer = Buffer.from(JSON.stringify({ ...JSON.parse(answer.toString()), documentId }));
      }
      const download = /^\/v2\/documents\/([^/]+)$/.exec(path);
      if (req.method === "GET" && download && upstream.ok && kept.has(download[1]!)) answer = kept.get(download[1]!)!;
      res.writeHead(upstream.status, out);
      res.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    address: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const bpmn = (id: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d-${id}" targetNamespace="urn:c8rest">` +
  `<bpmn:process id="${id}" isExecutable="true"><bpmn:startEvent id="start"/></bpmn:process></bpmn:definitions>\n`;

describe("multipart bodies against Prism", () => {
  it.each([
    ["one resource", 1, undefined],
    ["three resources", 3, undefined],
    ["one resource with a tenant", 1, "tenant-a"],
    ["three resources with a tenant", 3, "tenant-a"],
  ] as const)("deploys %s with no request-side violation", async (_name, count, tenantId) => {
    const resources = Array.from({ length: count }, (_, i) => new File([bpmn(`p${i}`)], `p${i}.bpmn`, { type: "application/xml" }));
    const { data, error, response } = await client.POST("/deployments", { body: { resources, ...(tenantId ? { tenantId } : {}) } });
    expect(requestViolations(response)).toEqual([]);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(typeof data?.deploymentKey).toBe("string");
  });

  it("deploys through deployResources and the client's default tenant with no request-side violation", async () => {
    const deployed = await deployResources(tenantClient, [{ name: "order.bpmn", content: bpmn("order") }, { name: "invoice.bpmn", content: bpmn("invoice") }]);
    expect(deployed.deploymentKey).toMatch(/^-?[0-9]+$/);
    expect(deployed.processes.length).toBeGreaterThan(0);
    const { response } = await tenantClient.POST("/deployments", { body: { resources: [new File([bpmn("x")], "x.bpmn")] } });
    expect(requestViolations(response)).toEqual([]);
  });

  it("uploads a document and downloads the same bytes, with no request-side violation either way", async () => {
    const store = await startDocumentStore(stack.apiAddress);
    try {
      const env = { ...stack.env, ZEEBE_REST_ADDRESS: store.address };
      const viaStore = createCamundaClient({ baseUrl: store.address, middleware: [authFromEnv(env)] });
      const bytes = Uint8Array.from({ length: 5_000 }, (_, i) => (i * 7) % 256);
      const up = await viaStore.POST("/documents", { body: { file: new File([bytes], "data.bin", { type: "application/octet-stream" }) } });
      expect(requestViolations(up.response)).toEqual([]);
      expect(up.response.status).toBe(201);
      const down = await viaStore.GET("/documents/{documentId}", { params: documentParams(up.data!), parseAs: "arrayBuffer" });
      expect(requestViolations(down.response)).toEqual([]);
      expect(Buffer.from(down.data!).equals(Buffer.from(bytes))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("uploads documents (one, and a batch) with no request-side violation, and downloads one", async () => {
    const one = await client.POST("/documents", { body: { file: new File(["hello"], "hello.txt", { type: "text/plain" }) } });
    expect(requestViolations(one.response)).toEqual([]);
    expect(one.response.status).toBe(201);
    const batch = await client.POST("/documents/batch", {
      body: { files: [new File(["a"], "a.txt", { type: "text/plain" }), new File(["b"], "b.txt", { type: "text/plain" })] },
    });
    expect(requestViolations(batch.response)).toEqual([]);
    expect(batch.response.ok).toBe(true);
    const down = await client.GET("/documents/{documentId}", { params: documentParams(one.data!), parseAs: "blob" });
    expect(requestViolations(down.response)).toEqual([]);
    expect(down.data).toBeInstanceOf(Blob);
  });
});
