// Every ```ts example of this README is a test: it type-checks, and runs as a program against a real mock cluster.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pinnedGatewayVersion } from "./support/pinned-spec.js";
import { extractExamples, runExample, typeErrors } from "../../../config/test-support/markdown-examples.js";

const readme = join(import.meta.dirname, "..", "README.md");
const workDir = join(import.meta.dirname, ".tmp-readme");
const examples = extractExamples(readme);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("README examples", () => {
  it("has the examples this test expects", () => {
    expect(examples.length).toBe(1);
  });

  it("the example type-checks", () => {
    expect(typeErrors(examples[0]!.code, workDir, "example-0")).toEqual([]);
  }, 60_000);

  it("the example starts a cluster, gets a token, calls topology and stops", async () => {
    const { stdout } = await runExample(examples[0]!.code, workDir, "run-0", { SCARF_ANALYTICS: "false" }, { timeoutMs: 110_000 }); // Prism starts in it
    expect(stdout.trim()).toBe(`cluster size 1, gateway ${pinnedGatewayVersion}, violations 0`);
  }, 120_000);
});
