// The Camunda version the mock reports: the spec-meta.json beside the spec when it records that file, else the
// spec's own marks, its file name, its info.version.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeTempDir } from "../../../config/temp-dir.mjs";
import { camundaVersion, specFileCamundaVersion } from "../src/spec-version.js";

const marked = { info: { version: "0.1" }, paths: { "/a": { get: { "x-added-in-version": "8.10" } }, "/b": { get: { "x-added-in-version": "8.9" } } } };
const unmarked = { info: { version: "0.1" }, paths: { "/a": { get: {} } } };
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** `name` with `text` in a new folder, and a spec-meta.json beside it when `meta` is given. */
function specFile(name: string, text: string, meta?: object): string {
  const dir = makeTempDir("c8rest-spec-version-");
  writeFileSync(join(dir, name), text);
  if (meta) writeFileSync(join(dir, "spec-meta.json"), JSON.stringify(meta));
  return join(dir, name);
}

describe("camundaVersion (from a spec's content)", () => {
  it("is the highest x-added-in-version (compared as numbers), else info.version", () => {
    expect(camundaVersion(marked)).toBe("8.10");
    expect(camundaVersion(unmarked)).toBe("0.1");
    expect(camundaVersion({})).toBe("0.0");
  });
});

describe("specFileCamundaVersion", () => {
  const text = "openapi: 3.0.3\n";

  it("reads the spec-meta.json beside the file when it records this file (name and sha256)", () => {
    const file = specFile("camunda-rest-api.yaml", text, { file: "camunda-rest-api.yaml", camundaVersion: "8.8", sha256: sha(text) });
    expect(specFileCamundaVersion(file, text, marked)).toBe("8.8");
  });

  it("ignores a spec-meta.json of another file or of other bytes", () => {
    const otherBytes = specFile("camunda-rest-api.yaml", text, { file: "camunda-rest-api.yaml", camundaVersion: "8.8", sha256: sha("other") });
    expect(specFileCamundaVersion(otherBytes, text, marked)).toBe("8.10");
    const otherFile = specFile("mine.yaml", text, { file: "camunda-rest-api.yaml", camundaVersion: "8.8", sha256: sha(text) });
    expect(specFileCamundaVersion(otherFile, text, unmarked)).toBe("0.1");
  });

  it("else the spec's marks, else an X.Y in the file name, else info.version", () => {
    expect(specFileCamundaVersion(specFile("camunda-8.8-rest-api.yaml", text), text, marked)).toBe("8.10");
    expect(specFileCamundaVersion(specFile("camunda-8.8-rest-api.yaml", text), text, unmarked)).toBe("8.8");
    expect(specFileCamundaVersion(specFile("spec-v2.1.4.yaml", text), text, unmarked)).toBe("0.1");
    expect(specFileCamundaVersion(specFile("camunda-rest-api.yaml", text), text, unmarked)).toBe("0.1");
  });
});
