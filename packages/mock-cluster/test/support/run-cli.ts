// Starts the built c8rest-mock (dist/cli.mjs) as a user would: directly, through `sh -c` or through `npm run`.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const CLI_FILE = fileURLToPath(new URL("../../dist/cli.mjs", import.meta.url));

/** The environment of a child without npm's variables of the test run (they would steer the nested npm). */
export function childEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !name.startsWith("npm_") && name !== "INIT_CWD" && !name.startsWith("CAMUNDA_") && !name.startsWith("ZEEBE_")) env[name] = value;
  }
  return { ...env, SCARF_ANALYTICS: "false" };
}

export type Launcher = "node" | "sh" | "npm";

/** A running c8rest-mock and the output it printed so far. */
export interface RunningCli {
  /** The launched process: node itself, the shell, or npm. */
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the variables once `--print-env` printed them all. */
  env: Promise<Record<string, string>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `c8rest-mock <args>` through `launcher` in `dir` (npm: a package.json with a `mock` script is written
 * there). Resolves `env` when the last variable line is out (with `--print-env`).
 */
export async function startCli(launcher: Launcher, args: readonly string[], dir: string): Promise<RunningCli> {
  if (!existsSync(CLI_FILE)) throw new Error(`${CLI_FILE} is missing: build the package first (npm run build).`);
  const command = [process.execPath, CLI_FILE, ...args].map((a) => `'${a}'`).join(" ");
  let child: ChildProcess;
  const options = { cwd: dir, env: childEnv(), stdio: ["ignore", "pipe", "pipe"] as ["ignore", "pipe", "pipe"] };
  if (launcher === "node") child = spawn(process.execPath, [CLI_FILE, ...args], options);
  else if (launcher === "sh") child = spawn("/bin/sh", ["-c", `${command}; echo "c8rest-mock exited"`], options);
  else {
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "c8rest-mock-launch", private: true, scripts: { mock: command } }));
    child = spawn("npm", ["run", "-s", "mock"], options);
  }
  let out = "";
  let err = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const env = new Promise<Record<string, string>>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (/^CAMUNDA_AUTH_STRATEGY=.*\n/m.test(out)) {
        resolve(Object.fromEntries(out.trim().split("\n").filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])));
      }
    });
    void exited.then(({ code, signal }) => reject(new Error(`c8rest-mock ended (code ${code}, signal ${signal}) before printing its variables:\n${err}`)));
  });
  env.catch(() => undefined);
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
  return { child, stdout: () => out, stderr: () => err, env, exited };
}
