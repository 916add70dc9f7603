// The mock stack's failure paths: a clear error naming the server, and no process left behind.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { deriveMockSpecFile } from "../../src/mock/derive-mock-spec.js";
import { startMockStack } from "../../src/mock/mock-stack.js";
import { startPrism } from "../../src/mock/prism-server.js";

const BUILT_MOCK = fileURLToPath(new URL("../../dist/mock/index.mjs", import.meta.url));
const TINY_SPEC = {
  openapi: "3.0.3",
  info: { title: "tiny", version: "1" },
  paths: { "/v2/ping": { get: { responses: { "204": { description: "ok" } } } } },
};

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

describe("startMockStack failures", () => {
  it("names the server that did not come up, and leaves neither process nor derived spec behind", async () => {
    const before = new Set(readdirSync(tmpdir()).filter((d) => d.startsWith("c8rest-mock-")));
    const running = new Set(processesMentioning("c8rest-mock-")); // the shared stack of this test run
    await expect(startMockStack({ timeoutMs: 100 })).rejects.toThrow(/^Prism mock server did not start listening within 100 ms/);
    const left = readdirSync(tmpdir()).filter((d) => d.startsWith("c8rest-mock-") && !before.has(d));
    expect(left).toEqual([]);
    expect(await eventually(() => processesMentioning("c8rest-mock-").every((pid) => running.has(pid)))).toBe(true);
  });
});

describe("a process that started Prism (built dist/mock, as npm run smoke uses it)", () => {
  // Starts Prism on a tiny spec in a child process and reports its pid as soon as it is spawned: the cleanup
  // holds from that moment, and killing the child while Prism still boots keeps this test cheap.
  async function startChild(): Promise<{ child: ReturnType<typeof spawn>; prismPid: number; cleanup: () => Promise<void> }> {
    if (!existsSync(BUILT_MOCK)) throw new Error(`${BUILT_MOCK} is missing: build the package first (npx tsdown).`);
    const dir = await mkdtemp(join(tmpdir(), "c8rest-mock-test-"));
    const specFile = join(dir, "tiny.json");
    await writeFile(specFile, JSON.stringify(TINY_SPEC));
    const starter = `import { startPrism } from ${JSON.stringify(BUILT_MOCK)};
startPrism({ specFile: ${JSON.stringify(specFile)}, onSpawn: (pid) => process.stdout.write(pid + "\\n") });
setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", starter], { stdio: ["ignore", "pipe", "inherit"] });
    const prismPid = await new Promise<number>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (c: Buffer) => {
        out += c.toString("utf8");
        if (out.includes("\n")) resolve(Number(out.split("\n")[0]));
      });
      child.once("exit", (code) => reject(new Error(`child exited early with ${code}`)));
    });
    return { child, prismPid, cleanup: () => rm(dir, { recursive: true, force: true }) };
  }

  it.each(["SIGINT", "SIGTERM", "SIGKILL"] as const)("leaves no Prism behind when it gets %s", async (signal) => {
    const { child, prismPid, cleanup } = await startChild();
    try {
      expect(isAlive(prismPid)).toBe(true);
      const exited = new Promise((r) => child.once("exit", r));
      child.kill(signal); // SIGKILL: no handler runs; Prism's watchdog notices its parent is gone
      await exited;
      expect(await eventually(() => !isAlive(prismPid))).toBe(true);
    } finally {
      await cleanup();
    }
  });
});
