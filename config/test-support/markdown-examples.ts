// Runs the TypeScript examples of a Markdown file as programs, so that every documented example is a test.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";

const run = promisify(execFile);

export interface MarkdownExample {
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
}

/** Every fenced block tagged `ts` (not `ts no-run`) in a Markdown file. */
export function extractExamples(markdownPath: string): MarkdownExample[] {
  const lines = readFileSync(markdownPath, "utf8").split("\n");
  const examples: MarkdownExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== "```ts") continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]?.trim() !== "```"; i++) body.push(lines[i] as string);
    examples.push({ line: start + 1, code: body.join("\n") });
  }
  return examples;
}

/** Type errors of an example compiled as an ES module in `dir` (strict, nodenext), as "line: message" strings. */
export function typeErrors(code: string, dir: string, name: string): string[] {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mts`);
  writeFileSync(file, code);
  const program = ts.createProgram([file], {
    strict: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    types: ["node"],
    noEmit: true,
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${pos}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}

/** Writes an example as an ES module `dir/name.mjs` (types stripped); returns its path. */
function writeProgram(code: string, dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, js);
  return file;
}

/** A started example program: the child, and its exit with everything it printed. */
export interface StartedExample {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/**
 * Starts an example that runs until it is signalled (e.g. a job worker that stops on SIGTERM) as an ES module in
 * `dir`; the caller ends it (`child.kill("SIGTERM")`). The program file is removed when it exits.
 */
export function startExample(code: string, dir: string, name: string, env: Record<string, string>): StartedExample {
  const file = writeProgram(code, dir, name);
  const child = spawn(process.execPath, [file], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c) => (stdout += c));
  child.stderr!.on("data", (c) => (stderr += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => {
      rmSync(file, { force: true });
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return { child, exited };
}

/** Runs an example as an ES module in `dir` with the given environment (and working directory); returns its output. */
export async function runExample(
  code: string,
  dir: string,
  name: string,
  env: Record<string, string>,
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<{ stdout: string; stderr: string }> {
  const file = writeProgram(code, dir, name);
  try {
    const { timeoutMs = 20_000, cwd } = options;
    return await run(process.execPath, [file], { env: { PATH: process.env.PATH ?? "", ...env }, timeout: timeoutMs, ...(cwd ? { cwd } : {}) });
  } finally {
    rmSync(file, { force: true });
  }
}
