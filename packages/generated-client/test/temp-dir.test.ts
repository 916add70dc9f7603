// config/temp-dir.mjs, which the repository's tests and scripts (check-generated, spec-update, the tarball test,
// the bench) make their temporary folders with: an interrupted process leaves no folder behind.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const module = fileURLToPath(new URL("../../../config/temp-dir.mjs", import.meta.url));

/** Runs a child that makes a folder and prints it, then `then` (code run after); returns the folder and how it ended. */
function child(then: string, signal?: NodeJS.Signals): Promise<{ dir: string; code: number | null; signal: NodeJS.Signals | null }> {
  const code = `const { makeTempDir, keepTempDir } = await import(${JSON.stringify(module)});
    const dir = makeTempDir("c8rest-temp-dir-test-");
    console.log(dir);
    ${then}`;
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--input-type=module", "-e", code], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      // Signal once the folder exists (its path is printed after it is made).
      if (signal && out.includes("\n")) p.kill(signal);
    });
    p.once("error", reject);
    p.once("close", (exitCode, exitSignal) => resolve({ dir: out.trim().split("\n")[0]!, code: exitCode, signal: exitSignal }));
  });
}

describe("makeTempDir", () => {
  it("removes the folder at a normal exit", async () => {
    const run = await child("");
    expect(run.code).toBe(0);
    expect(run.dir).toMatch(/c8rest-temp-dir-test-/);
    expect(existsSync(run.dir)).toBe(false);
  });

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    it(`removes the folder on ${signal}, and the process still ends by that signal`, async () => {
      const run = await child("setInterval(() => {}, 1000);", signal);
      expect(run.signal).toBe(signal);
      expect(existsSync(run.dir)).toBe(false);
    });
  }

  it("leaves the ending to a process's own signal listener, and keeps a folder it was told to keep", async () => {
    const run = await child(`process.on("SIGTERM", () => process.exit(7)); setInterval(() => {}, 1000);`, "SIGTERM");
    expect(run.code).toBe(7);
    expect(existsSync(run.dir)).toBe(false);
    const kept = await child("keepTempDir(dir);");
    expect(existsSync(kept.dir)).toBe(true);
    const { rmSync } = await import("node:fs");
    rmSync(kept.dir, { recursive: true });
  });
});
