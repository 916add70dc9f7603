// Starts Prism 5.14.2 as a child process on 127.0.0.1, port 0, and reads the port it got from its log.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { onProcessEnd } from "./process-end.js";

/** A running Prism mock server. */
export interface PrismServer {
  /** `http://127.0.0.1:<port>`: the cluster address a user would set (the API is under `/v2`). */
  readonly url: string;
  /** Process id of the Prism process (leader of its own process group). */
  readonly pid: number;
  /** Milliseconds from spawn to the "listening" line. */
  readonly startupMs: number;
  /** Stops Prism and everything it started; resolves when the process has exited. */
  stop(): Promise<void>;
}

/** Options of {@link startPrism}. */
export interface StartPrismOptions {
  /** The (mock) spec Prism serves: a file or an http URL. */
  specFile: string;
  /** Fail when Prism has not said it listens within this many milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Receives Prism's log lines (default: kept only for error messages). */
  onLog?: (line: string) => void;
  /** Called with Prism's process id as soon as it is spawned. */
  onSpawn?: (pid: number) => void;
}

const LISTENING = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;

// Ends Prism when its parent disappears without a chance to clean up (SIGKILL): the parent id changes.
const WATCHDOG =
  "data:text/javascript,const p=process.ppid;setInterval(()=>{if(process.ppid!==p)process.exit(0)},500).unref();";

function prismBin(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve("@stoplight/prism-cli/package.json");
  const bin = (require(pkgFile) as { bin: Record<string, string> }).bin["prism"];
  if (!bin) throw new Error("@stoplight/prism-cli has no prism bin: reinstall with npm ci.");
  return join(dirname(pkgFile), bin);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole process group (spawned detached)
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Starts `prism mock` (without `--errors`: the spec's own response examples break its key patterns, so Prism
 * would turn valid calls into 500) on 127.0.0.1 port 0 in its own process group, and resolves once it listens.
 * The process group is killed on `stop()` and when this process exits or is interrupted.
 *
 * @throws {Error} when Prism exits or does not listen within `timeoutMs`; the message names Prism and its last log lines.
 * @example
 * const prism = await startPrism({ specFile: "/tmp/mock-spec.json" });
 * await fetch(`${prism.url}/v2/topology`, { headers: { authorization: "Bearer x" } });
 * await prism.stop();
 */
export async function startPrism(options: StartPrismOptions): Promise<PrismServer> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["--import", WATCHDOG, prismBin(), "mock", "-h", "127.0.0.1", "-p", "0", options.specFile],
    {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        SCARF_ANALYTICS: "false",
        NO_COLOR: "1",
        FORCE_COLOR: "0",
      },
    },
  );
  const unregister = onProcessEnd(() => killGroup(child, "SIGKILL"));
  if (child.pid !== undefined) options.onSpawn?.(child.pid);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const tail: string[] = [];

  const url = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString("utf8");
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = buffer.slice(0, newline).trimEnd();
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
        options.onLog?.(line);
        tail.push(line);
        if (tail.length > 5) tail.shift();
        const match = LISTENING.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      }
    };
    const fail = (why: string): void => {
      clearTimeout(timer);
      killGroup(child, "SIGKILL");
      unregister();
      const last = tail.length > 0 ? ` Last output: ${tail.join(" | ")}` : "";
      reject(new Error(`Prism mock server ${why}.${last}`));
    };
    const timer = setTimeout(
      () => fail(`did not start listening within ${timeoutMs} ms (spec ${options.specFile})`),
      timeoutMs,
    );
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", (error) => fail(`could not be started: ${error.message}`));
    child.once("exit", (code, signal) => fail(`exited before listening (code ${code}, signal ${signal})`));
  });

  return {
    url,
    pid: child.pid ?? -1,
    startupMs: Math.round(performance.now() - started),
    async stop() {
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 2_000);
      await exited;
      clearTimeout(timer);
      unregister();
    },
  };
}
