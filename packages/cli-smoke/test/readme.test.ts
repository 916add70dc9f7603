// Every ```ts example of the README is a test: it type-checks, and runs against the mock cluster.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractExamples, runExample, typeErrors } from "../../../config/test-support/markdown-examples.js";
import { mockStack } from "./support/stack.js";

const readme = join(import.meta.dirname, "..", "README.md");
const workDir = join(import.meta.dirname, ".tmp-readme");
const examples = extractExamples(readme);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("README examples", () => {
  it("has the examples this test expects", () => {
    expect(examples.length).toBe(1);
  });

  it("the library example type-checks", () => {
    expect(typeErrors(examples[0]!.code, workDir, "example-0")).toEqual([]);
  }, 60_000);

  it("the library example runs the smoke steps against the mock cluster", async () => {
    const { stdout } = await runExample(examples[0]!.code, workDir, "run-0", mockStack().env);
    expect(stdout.trim()).toBe("0 config:ok token:ok topology:ok status:ok");
  });
});
