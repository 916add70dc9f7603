// The processes below one process, read from /proc (Linux): a test checks its own children, never all processes.
import { readFileSync, readdirSync } from "node:fs";

/** Alive and not a zombie (a zombie has exited; only its parent has not reaped it yet). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

/** The children of `pid`, from /proc/<pid>/task/<tid>/children. */
export function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const tid of tasks) {
    try {
      for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim().split(/\s+/)) if (child) out.push(Number(child));
    } catch {
      // the task ended meanwhile
    }
  }
  return out;
}

/** Every process below `pid` (children, their children, ...), alive now. */
export function descendantsOf(pid: number): number[] {
  const out: number[] = [];
  const queue = childrenOf(pid);
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (!isAlive(next) || out.includes(next)) continue;
    out.push(next);
    queue.push(...childrenOf(next));
  }
  return out;
}

/**
 * Waits until none of `pids` is alive. The bound (default 60 s) only catches a process that never ends: they
 * exit within a second when the cleanup works, and a loaded machine only makes that slower, not wrong.
 */
export async function waitUntilGone(pids: readonly number[], boundMs = 60_000): Promise<number[]> {
  const until = Date.now() + boundMs;
  for (;;) {
    const alive = pids.filter(isAlive);
    if (alive.length === 0 || Date.now() > until) return alive;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
