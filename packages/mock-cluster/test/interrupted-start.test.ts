// A process killed (SIGKILL, no cleanup can run) while its mock cluster is still starting leaves neither Prism nor
// a temporary file behind: Prism's watchdog sees its parent gone and exits, and the derived spec never touches the
// disk. Checked in the test's own process tree and in a temp folder of the test's own (the child's TMPDIR).
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { makeTempDir, removeTempDir } from "../../../config/temp-dir.mjs";
import { describe, expect, it } from "vitest";
import { descendantsOf, waitUntilGone } from "./support/process-tree.js";
import { childEnv } from "./support/run-cli.js";

const BUILT = fileURLToPath(new URL("../dist/index.mjs", import.meta.url));

async function until<T>(probe: () => Promise<T | undefined>, what: string, boundMs = 60_000): Promise<T> {
  const end = Date.now() + boundMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`${what} did not happen within ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("a process killed while its mock cluster starts", () => {
  it("leaves no Prism and no derived spec behind", async () => {
    const own = makeTempDir("c8rest-test-mock-");
    const starter = `import { startMockCluster } from ${JSON.stringify(BUILT)};
await startMockCluster();
setInterval(() => {}, 1000);`;
    const env = { ...childEnv(), TMPDIR: own };
    const child = spawn(process.execPath, ["--input-type=module", "-e", starter], { env, stdio: ["ignore", "ignore", "inherit"] });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      // Prism spawned (it reads the spec while it boots): kill now.
      await until(async () => (descendantsOf(child.pid!).length > 0 ? true : undefined), "Prism's start");
      const tree = descendantsOf(child.pid!);
      child.kill("SIGKILL");
      await exited;
      expect(await waitUntilGone(tree)).toEqual([]);
      expect(await readdir(own)).toEqual([]);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      removeTempDir(own);
    }
  });
});
