// Starts lib/server.mjs in a child process and returns its URLs and counters.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const serverFile = fileURLToPath(new URL("./server.mjs", import.meta.url));

/** @returns {Promise<{origin: string, tokenUrl: string, stats(): Promise<object>, reset(): Promise<void>, stop(): Promise<void>}>} */
export async function startStack({ lifetimeSeconds = 3600 } = {}) {
  const child = spawn(process.execPath, [serverFile, "--lifetime", String(lifetimeSeconds)], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = await once(createInterface({ input: child.stdout }), "line");
  const { port } = JSON.parse(line);
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    tokenUrl: `${origin}/oauth/token`,
    async stats() {
      return (await fetch(`${origin}/stats`)).json();
    },
    async reset() {
      await (await fetch(`${origin}/stats/reset`)).text();
    },
    async stop() {
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
