// Temporary folders of the repository's tests and scripts (not shipped in any package): made in the system temp
// folder under a `c8rest-` name and removed when the process ends, also on SIGINT, SIGTERM and SIGHUP, so that an
// interrupted run leaves none behind. (A SIGKILL cannot be observed: the folder names say whose they are.)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made = new Set();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
let installed = false;

function removeAll() {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

function onSignal(signal) {
  removeAll();
  // Other listeners (vitest, a script's own) decide what happens next; alone, end as the default would.
  if (process.listenerCount(signal) <= 1) {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  }
}

/**
 * Makes `<system temp>/<prefix>XXXXXX`, removed at process end (exit or a termination signal) unless removed or
 * kept before.
 *
 * @example
 * const dir = makeTempDir("c8rest-check-generated-");
 */
export function makeTempDir(prefix) {
  if (!installed) {
    installed = true;
    process.on("exit", removeAll);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/**
 * Removes a folder of {@link makeTempDir} now.
 *
 * @example
 * removeTempDir(dir);
 */
export function removeTempDir(dir) {
  made.delete(dir);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Keeps a folder of {@link makeTempDir} after the process ends (e.g. a script's `--keep`).
 *
 * @example
 * if (keep) keepTempDir(dir);
 */
export function keepTempDir(dir) {
  made.delete(dir);
}
