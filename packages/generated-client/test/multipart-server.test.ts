// The client's multipart bodies as a server receives them, and documents uploaded and downloaded byte for byte.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCamundaClient, documentParams, type DocumentReference } from "../src/index.js";
import { parseMultipart, startRecordingServer } from "./support/multipart.js";

let server: Awaited<ReturnType<typeof startRecordingServer>>;
const stored = new Map<string, { bytes: Buffer; type: string }>();

beforeAll(async () => {
  // Enough of a cluster for these calls: deployments answer a result, documents are kept in memory.
  server = await startRecordingServer((req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url, "http://x");
    if (req.method === "POST" && url.pathname === "/v2/deployments") {
      return json(200, { deploymentKey: "1", tenantId: "<default>", deployments: [] });
    }
    if (req.method === "POST" && url.pathname === "/v2/documents") {
      const file = parseMultipart(req.body, req.contentType).find((p) => p.name === "file")!;
      const documentId = `doc-${stored.size + 1}`;
      stored.set(documentId, { bytes: file.bytes, type: file.contentType ?? "application/octet-stream" });
      const reference: DocumentReference = {
        "camunda.document.type": "camunda",
        storeId: "in-memory",
        documentId,
        contentHash: `hash-${documentId}`,
        metadata: { fileName: file.filename ?? "", contentType: file.contentType ?? "", size: file.bytes.length, customProperties: {} },
      } as DocumentReference;
      return json(201, reference);
    }
    const download = /^\/v2\/documents\/([^/]+)$/.exec(url.pathname);
    const doc = download && stored.get(decodeURIComponent(download[1]!));
    if (req.method === "GET" && doc && url.searchParams.get("contentHash") === `hash-${download![1]}`) {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      return res.end(doc.bytes);
    }
    json(404, { title: "NOT_FOUND", status: 404 });
  });
});
afterAll(() => server.close());

const bpmn = (id: string) => `<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="${id}"/></bpmn:definitions>`;
const lastParts = () => {
  const last = server.seen.at(-1)!;
  expect(last.contentType).toMatch(/^multipart\/form-data; boundary=/);
  return parseMultipart(last.body, last.contentType);
};

describe("multipart bodies from the typed client", () => {
  it("deploys one resource: one part named resources with the file's name, type and bytes", async () => {
    const client = createCamundaClient({ baseUrl: server.address });
    const { data, error } = await client.POST("/deployments", {
      body: { resources: [new File([bpmn("one")], "one.bpmn", { type: "application/xml" })] },
    });
    expect(error).toBeUndefined();
    expect(data?.deploymentKey).toBe("1");
    const parts = lastParts();
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([["resources", "one.bpmn", "application/xml"]]);
    expect(parts[0]!.bytes.toString()).toBe(bpmn("one"));
  });

  it("deploys three resources with a tenant: three parts in order, then the tenantId part", async () => {
    const client = createCamundaClient({ baseUrl: server.address });
    const bytes = Uint8Array.from([0, 1, 2, 255, 254]);
    await client.POST("/deployments", {
      body: { resources: [new File([bpmn("a")], "a.bpmn"), new File([bytes], "b.form"), new Blob(["<dmn/>"])], tenantId: "tenant-a" },
    });
    const parts = lastParts();
    expect(parts.map((p) => [p.name, p.filename])).toEqual([
      ["resources", "a.bpmn"],
      ["resources", "b.form"],
      ["resources", "resources-3"],
      ["tenantId", undefined],
    ]);
    expect(parts[1]!.bytes.equals(Buffer.from(bytes))).toBe(true);
    expect(parts[3]!.bytes.toString()).toBe("tenant-a");
  });

  it("adds the client's defaultTenantId as a part when the call sets none", async () => {
    const client = createCamundaClient({ baseUrl: server.address, defaultTenantId: "acme" });
    await client.POST("/deployments", { body: { resources: [new File([bpmn("d")], "d.bpmn")] } });
    expect(lastParts().find((p) => p.name === "tenantId")?.bytes.toString()).toBe("acme");
    await client.POST("/deployments", { body: { resources: [new File([bpmn("d")], "d.bpmn")], tenantId: "mine" } });
    expect(lastParts().filter((p) => p.name === "tenantId").map((p) => p.bytes.toString())).toEqual(["mine"]);
  });

  it("sends document metadata as an application/json part, as the spec's encoding says", async () => {
    const client = createCamundaClient({ baseUrl: server.address });
    const metadata = { fileName: "invoice.pdf", contentType: "application/pdf", customProperties: { order: 42 } };
    await client.POST("/documents", { body: { file: new File(["%PDF-1.7"], "invoice.pdf", { type: "application/pdf" }), metadata } });
    const parts = lastParts();
    expect(parts.map((p) => [p.name, p.contentType])).toEqual([["file", "application/pdf"], ["metadata", "application/json"]]);
    expect(JSON.parse(parts[1]!.bytes.toString())).toEqual(metadata);
  });

  it("uploads a document and downloads the same bytes as a Blob and as a stream", async () => {
    const client = createCamundaClient({ baseUrl: server.address });
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    const upload = await client.POST("/documents", { body: { file: new File([bytes], "data.bin") } });
    const reference = upload.data!;
    expect(reference.documentId).toMatch(/^doc-/);

    const asBlob = await client.GET("/documents/{documentId}", { params: documentParams(reference), parseAs: "blob" });
    expect(asBlob.data).toBeInstanceOf(Blob);
    expect(Buffer.from(await asBlob.data!.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);

    const asStream = await client.GET("/documents/{documentId}", { params: documentParams(reference), parseAs: "stream" });
    const read = Buffer.from(await new Response(asStream.data as ReadableStream).arrayBuffer());
    expect(read.equals(Buffer.from(bytes))).toBe(true);
  });

  it("never sends a JSON body to a multipart operation, whatever the (untyped) caller passes", async () => {
    const client = createCamundaClient({ baseUrl: server.address });
    const untyped = client.POST as unknown as (path: string, init: object) => Promise<unknown>;
    await untyped("/deployments", { body: { resources: ["<bpmn/>"] } });
    const last = server.seen.at(-1)!;
    expect(last.contentType).toMatch(/^multipart\/form-data/);
    expect(parseMultipart(last.body, last.contentType).map((p) => [p.name, p.bytes.toString()])).toEqual([["resources", "<bpmn/>"]]);
  });
});
