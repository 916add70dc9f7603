// Notices when the process that started this one is gone, also without a signal (SIGKILL of the parent, a closed
// terminal): an orphan's parent id changes. Started through `npm run` or `npx` there is a shell in between, which
// can outlive npm, so the grandparent is watched too.
import { readFileSync } from "node:fs";

/** The parent process id of `pid` from /proc (Linux), or undefined where there is no /proc. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/**
 * Calls `onGone` once when the parent of this process, or the parent's parent (when that is not the init
 * process), has exited. Checks every `intervalMs` (default 500) on a timer that does not keep the process alive.
 * Returns a function that stops watching.
 *
 * @example
 * const unwatch = watchParents(() => void cluster.stop().then(() => process.exit(0)));
 */
export function watchParents(onGone: () => void, intervalMs = 500): () => void {
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  const gone = (): boolean => {
    if (process.ppid !== parent) return true; // orphaned: the parent exited
    if (grandparent === undefined || grandparent <= 1) return false;
    const now = parentOf(parent);
    return now !== undefined && now !== grandparent; // the parent (a shell) was orphaned: npm or npx exited
  };
  const timer = setInterval(() => {
    if (!gone()) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
