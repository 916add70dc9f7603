// Kills the servers this process started when it ends in any way we can observe (exit, SIGINT, SIGTERM, SIGHUP).
type Cleanup = () => void;

const pending = new Set<Cleanup>();
let installed = false;

function runAll(): void {
  for (const fn of pending) {
    try {
      fn();
    } catch {
      // best effort: the process is going away
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  runAll();
  // Let other listeners (vitest, the CLI runner) handle the signal; if there are none, end like the default would.
  if (process.listenerCount(signal) <= 1) {
    process.removeListener(signal, onSignal);
    process.kill(process.pid, signal);
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("exit", runAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, onSignal);
  }
}

/**
 * Registers a synchronous cleanup (e.g. killing a child's process group) run when the process exits or gets a
 * termination signal. Returns a function that unregisters it (call it after a normal stop).
 *
 * @example
 * const unregister = onProcessEnd(() => process.kill(-child.pid!, "SIGKILL"));
 */
export function onProcessEnd(fn: Cleanup): () => void {
  install();
  pending.add(fn);
  return () => {
    pending.delete(fn);
  };
}
