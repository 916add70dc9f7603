// The root README's cookbook: each example type-checks, then runs as a program against the local mock cluster
// (Prism on the spec, with the OAuth server), as a user would run it.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractExamples, runExample, typeErrors } from "../../../../config/test-support/markdown-examples.js";
import { mockStack } from "../support/stack.js";

const readme = join(import.meta.dirname, "..", "..", "..", "..", "README.md");
const workDir = join(import.meta.dirname, "..", ".tmp", "cookbook");
const lines = readFileSync(readme, "utf8").split("\n");
const start = lines.indexOf("## Cookbook") + 1;
// "### Work on jobs" (a worker that runs until SIGTERM) is run by packages/worker/test/readme.test.ts.
const end = lines.findIndex((l, i) => i >= start && (l.startsWith("## ") || l === "### Work on jobs"));
const examples = extractExamples(readme).filter((e) => start > 0 && e.line > start && e.line < end);
/** A key as the mock cluster answers it (a numeric string, the spec's `^-?[0-9]+$`). */
const KEY = "-?\\d+";

/** What each example prints against the mock (the mock cluster answers examples derived from the schemas). */
const expected: [title: string, output: RegExp][] = [
  ["deploys a BPMN file", new RegExp(`^deployed \\S+ version -?\\d+, key ${KEY}$`)],
  ["creates an instance and one awaiting its result", new RegExp(`^started instance ${KEY}\\ninstance ${KEY} completed with \\d+ variable\\(s\\)$`)],
  ["searches instances", new RegExp(`^${KEY} ACTIVE since \\S+$`)],
  ["publishes and correlates a message", new RegExp(`^published message ${KEY}\\ncorrelated to instance ${KEY}$`)],
  ["activates and completes jobs", new RegExp(`^completed job ${KEY} of ${KEY}$`)],
  ["searches and completes a user task", new RegExp(`^completed user task ${KEY} \\(1 open\\)$`)],
  ["uploads and downloads a document", /^uploaded \S+ to \S+\ndownloaded \d+ bytes$/],
  ["evaluates a decision", /^decision \S+ says .+$/],
];

const stack = mockStack();
beforeAll(() => {
  mkdirSync(workDir, { recursive: true });
  writeFileSync(
    join(workDir, "order-process.bpmn"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:c8rest">` +
      `<bpmn:process id="order-process" isExecutable="true"><bpmn:startEvent id="start"/></bpmn:process></bpmn:definitions>\n`,
  );
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe("README cookbook", () => {
  it("has one example per everyday flow", () => {
    expect(examples).toHaveLength(expected.length);
  });

  it.each(expected.map(([title], i) => [title, i] as const))("%s: the example type-checks", (_title, i) => {
    expect(typeErrors(examples[i]!.code, workDir, `cookbook-${i}`)).toEqual([]);
  }, 60_000);

  it.each(expected.map(([title, output], i) => [title, output, i] as const))("%s: the example runs against the mock cluster", async (_title, output, i) => {
    const env = { ...stack.env, CAMUNDA_DEFAULT_TENANT_ID: "tenant-a" };
    const { stdout } = await runExample(examples[i]!.code, workDir, `cookbook-run-${i}`, env, { cwd: workDir });
    expect(stdout.trim()).toMatch(output);
  });
});
