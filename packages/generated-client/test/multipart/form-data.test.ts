import { describe, expect, it } from "vitest";
import { multipartSerializer, toFormData } from "../../src/index.js";
import { parseMultipart, type Part } from "../support/multipart.js";

/** The parts of a FormData as they go on the wire (serialized by Node's own Request). */
async function wire(form: FormData): Promise<Part[]> {
  const request = new Request("http://x/", { method: "POST", body: form });
  return parseMultipart(Buffer.from(await request.arrayBuffer()), request.headers.get("content-type") ?? "");
}

const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);

describe("toFormData", () => {
  it("sends a list of files as repeated parts with their names, types and bytes", async () => {
    const parts = await wire(
      toFormData("POST /deployments", {
        resources: [new File(["<a/>"], "a.bpmn", { type: "application/xml" }), new File([bytes], "b.dmn"), new File(["{}"], "c.form", { type: "application/json" })],
        tenantId: "tenant-a",
      }),
    );
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ["resources", "a.bpmn", "application/xml"],
      ["resources", "b.dmn", "application/octet-stream"],
      ["resources", "c.form", "application/json"],
      ["tenantId", undefined, undefined],
    ]);
    expect(parts[0]!.bytes.toString()).toBe("<a/>");
    expect(parts[1]!.bytes.equals(Buffer.from(bytes))).toBe(true);
    expect(parts[3]!.bytes.toString()).toBe("tenant-a");
  });

  it("names a Blob by the field (and index), or by the caller's fileName", async () => {
    const blob = new Blob(["x"], { type: "text/plain" });
    const byDefault = await wire(toFormData("POST /documents/batch", { files: [blob, blob] }));
    expect(byDefault.map((p) => p.filename)).toEqual(["files", "files-2"]);
    const named = await wire(
      multipartSerializer("POST /documents/batch", { fileName: (field, i) => `${field}-${i}.txt` })({ files: [blob, new File(["y"], "own.txt")] }),
    );
    expect(named.map((p) => p.filename)).toEqual(["files-0.txt", "own.txt"]);
  });

  it("sends a part the spec encodes as JSON as one application/json part, a list included", async () => {
    const metadata = { fileName: "r.pdf", customProperties: { n: 1 } };
    const one = await wire(toFormData("POST /documents", { file: new File(["%PDF"], "r.pdf"), metadata }));
    expect(one[1]).toMatchObject({ name: "metadata", contentType: "application/json" });
    expect(JSON.parse(one[1]!.bytes.toString())).toEqual(metadata);
    const batch = await wire(toFormData("POST /documents/batch", { files: [new File(["a"], "a"), new File(["b"], "b")], metadataList: [metadata, {}] }));
    expect(batch.map((p) => p.name)).toEqual(["files", "files", "metadataList"]);
    expect(JSON.parse(batch[2]!.bytes.toString())).toEqual([metadata, {}]);
  });

  it("leaves out undefined and null values; numbers and booleans are text parts", async () => {
    const parts = await wire(toFormData("POST /other", { a: undefined, b: null, c: 3, d: true }));
    expect(parts.map((p) => [p.name, p.bytes.toString(), p.contentType])).toEqual([["c", "3", undefined], ["d", "true", undefined]]);
  });

  it("passes a FormData given to the serializer through unchanged", () => {
    const form = new FormData();
    expect(multipartSerializer("POST /deployments")(form)).toBe(form);
  });
});
