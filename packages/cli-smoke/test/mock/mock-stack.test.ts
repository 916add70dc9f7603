// The mock stack's failure paths: a clear error naming the server, and no process left behind.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { deriveMockSpecFile } from "../../src/mock/derive-mock-spec.js";
import { startPrism } from "../../src/mock/prism-server.js";

const BUILT_STACK = fileURLToPath(new URL("../../dist/mock/mock-stack.mjs", import.meta.url));

/** Alive and not a zombie (a zombie has exited; only its parent has not reaped it yet). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    if (existsSync("/proc/self/stat")) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/** Processes whose command line mentions `needle` (Linux /proc). */
function processesMentioning(needle: string): number[] {
  if (!existsSync("/proc/self/cmdline")) return [];
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(needle) && isAlive(Number(entry))) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

async function eventually(check: () => boolean, ms = 5_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe("startPrism failures", () => {
  it("names Prism and the time limit when it does not listen in time, and kills it", async () => {
    const { file, dir } = await deriveMockSpecFile();
    try {
      await expect(startPrism({ specFile: file, timeoutMs: 150 })).rejects.toThrow(
        /^Prism mock server did not start listening within 150 ms/,
      );
      expect(await eventually(() => processesMentioning(file).length === 0)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reports a Prism that exits before listening", async () => {
    const missing = "/nonexistent/c8rest-mock-spec.json";
    await expect(startPrism({ specFile: missing, timeoutMs: 30_000 })).rejects.toThrow(/^Prism mock server exited before listening/);
  });
});

describe.concurrent("a process that started the stack (built dist/mock, as npm run smoke uses it)", () => {
  // Starts the built stack in a child process and reports Prism's pid on stdout.
  const starter = `import { startMockStack } from ${JSON.stringify(BUILT_STACK)};
const stack = await startMockStack();
process.stdout.write(JSON.stringify({ prismPid: stack.prismPid }) + "\\n");
setInterval(() => {}, 1000);`;

  async function startChild(): Promise<{ child: ReturnType<typeof spawn>; prismPid: number }> {
    if (!existsSync(BUILT_STACK)) throw new Error(`${BUILT_STACK} is missing: build the package first (npx tsdown).`);
    const child = spawn(process.execPath, ["--input-type=module", "-e", starter], { stdio: ["ignore", "pipe", "inherit"] });
    const prismPid = await new Promise<number>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (c: Buffer) => {
        out += c.toString("utf8");
        if (out.includes("\n")) resolve((JSON.parse(out.split("\n")[0]!) as { prismPid: number }).prismPid);
      });
      child.once("exit", (code) => reject(new Error(`stack child exited early with ${code}`)));
    });
    return { child, prismPid };
  }

  it("leaves no Prism behind when interrupted (SIGINT)", async () => {
    const { child, prismPid } = await startChild();
    expect(isAlive(prismPid)).toBe(true);
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGINT");
    await exited;
    expect(await eventually(() => !isAlive(prismPid))).toBe(true);
  });

  it("leaves no Prism behind when killed outright (SIGKILL): Prism notices its parent is gone", async () => {
    const { child, prismPid } = await startChild();
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
    expect(await eventually(() => !isAlive(prismPid))).toBe(true);
  });
});
