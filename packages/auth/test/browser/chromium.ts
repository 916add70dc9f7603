// Finding and running headless Chromium for the browser test: its own profile and temp folder in one temporary
// directory, killed (the whole process group) and removed at the end.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "../../../../config/temp-dir.mjs";

/** Where Chromium is looked for: `CHROMIUM_PATH`, then Debian's and other usual paths. */
export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(
  (p): p is string => Boolean(p),
);

export function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

export interface RunningChromium {
  /** What Chromium printed (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

export function startChromium(executable: string, url: string): RunningChromium {
  const home = makeTempDir("c8rest-chromium-");
  const profile = join(home, "profile");
  // Chromium puts its process-singleton socket folder (org.chromium.Chromium.*) in TMPDIR and removes it only on a
  // clean exit; it is killed here, so that folder goes in ours.
  const tmp = join(home, "tmp");
  mkdirSync(profile);
  mkdirSync(tmp);
  const child: ChildProcess = spawn(
    executable,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-extensions",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      url,
    ],
    { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TMPDIR: tmp } },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once("exit", () => resolve());
    child.once("error", (e) => {
      output += `\nspawn failed: ${e.message}`;
      resolve();
    });
  });
  return {
    output: () => output,
    async stop() {
      try {
        // Chromium starts helper processes (zygote, renderer, GPU): end the whole group.
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      await exited;
      // Helper processes may still be going away: retry, then let the temp-dir registry forget it.
      rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      removeTempDir(home);
    },
  };
}
