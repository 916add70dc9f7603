// Bundling the multi-file upstream form gives the pinned single-file bundle byte for byte (the same as
// `redocly bundle rest-api.yaml --ext yaml`, which made spec/history/camunda-8.10-rest-api.yaml).
import { cpSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundleEntry, externalRefs } from "../bundle.mjs";
import { cleanUp, spec810, spec89, tempDir, upstream810 } from "./support/sandbox.js";

afterAll(cleanUp);

describe("bundleEntry", () => {
  it("bundles spec/upstream-8.10/rest-api.yaml to spec/history/camunda-8.10-rest-api.yaml byte for byte", async () => {
    const { text, files } = await bundleEntry(join(upstream810, "rest-api.yaml"), "rest-api.yaml");
    expect(text === readFileSync(spec810, "utf8")).toBe(true);
    expect(files).toBeGreaterThan(40);
  });

  it("leaves an already bundled file as it is (the pinned 8.9)", async () => {
    const { text } = await bundleEntry(spec89, "8.9");
    expect(text === readFileSync(spec89, "utf8")).toBe(true);
  });

  it("a sibling file missing: C8REST_SPEC_UNREADABLE naming the file", async () => {
    const dir = tempDir();
    cpSync(upstream810, dir, { recursive: true });
    rmSync(join(dir, "jobs.yaml"));
    const err = (await bundleEntry(join(dir, "rest-api.yaml"), "copy").catch((e: unknown) => e)) as { code: string; message: string };
    expect(err.code).toBe("C8REST_SPEC_UNREADABLE");
    expect(err.message).toContain("jobs.yaml");
  });
});

describe("externalRefs", () => {
  it("finds the $refs into other files, not the local ones", () => {
    const entry = readFileSync(join(upstream810, "rest-api.yaml"), "utf8");
    expect(entry).toContain("$ref");
    expect(externalRefs({ paths: { "/a": { $ref: "a.yaml#/paths/~1a" }, "/b": { get: { responses: { 200: { $ref: "#/components/responses/X" } } } } } })).toEqual([
      "a.yaml#/paths/~1a",
    ]);
  });
});
