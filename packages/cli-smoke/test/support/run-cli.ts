// Runs the built c8rest-smoke (dist/cli.mjs) as a child process, as a user would.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CLI_FILE = fileURLToPath(new URL("../../dist/cli.mjs", import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI with only the given variables (plus PATH), so the developer's own ZEEBE_* never leak in.
 * Kills it after `killAfterMs` (a hung CLI then shows up as signal SIGKILL, not as a hung test).
 */
export function runCliProcess(
  args: readonly string[],
  options: { env?: Record<string, string>; stdin?: string; killAfterMs?: number } = {},
): Promise<CliRun> {
  if (!existsSync(CLI_FILE)) throw new Error(`${CLI_FILE} is missing: build the package first (npx tsdown).`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_FILE, ...args], {
      env: { PATH: process.env["PATH"] ?? "", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs ?? 20_000);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? "");
  });
}
