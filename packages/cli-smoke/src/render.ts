// Human output of c8rest-smoke: one line per step, the broker table, colour only on a TTY without NO_COLOR.
import type { ConfigRow } from "./config.js";
import type { StepResult } from "./steps.js";

/** ANSI colours, or none. */
export interface Paint {
  green(s: string): string;
  red(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const plain: Paint = { green: (s) => s, red: (s) => s, dim: (s) => s, bold: (s) => s };
const ansi = (code: number) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const colours: Paint = { green: ansi(32), red: ansi(31), dim: ansi(2), bold: ansi(1) };

/**
 * Colour when the stream is a TTY and `NO_COLOR` is unset or empty (https://no-color.org), never otherwise.
 *
 * @example
 * const paint = choosePaint(process.stdout, process.env);
 */
export function choosePaint(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): Paint {
  const noColor = env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "";
  return stream.isTTY === true && !noColor ? colours : plain;
}

/**
 * A table with left-aligned columns separated by two spaces.
 *
 * @example
 * table(["broker", "version"], [["0", "8.9.0"]]); // ["broker  version", "0       8.9.0"]
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], indent = ""): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    indent + cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}

interface Broker {
  nodeId: number;
  host: string;
  port: number;
  version: string;
  partitions: { partitionId: number; role: string; health: string }[];
}

/**
 * The lines of one step: `ok    token     Bearer token, expires in 300 s (12 ms)`, plus the broker table for
 * the topology step.
 *
 * @example
 * renderStep({ name: "status", status: "ok", durationMs: 3, summary: "healthy (HTTP 204)" }, plainPaint);
 */
export function renderStep(step: StepResult, paint: Paint): string[] {
  const label = step.status === "ok" ? paint.green("ok  ") : step.status === "failed" ? paint.red("FAIL") : paint.dim("skip");
  const lines = [`${label}  ${step.name.padEnd(9)} ${step.summary} ${paint.dim(`(${step.durationMs} ms)`)}`];
  const brokers = step.name === "topology" && step.status === "ok" ? (step.data?.["brokers"] as Broker[] | undefined) : undefined;
  if (brokers && brokers.length > 0) {
    const rows = [...brokers]
      .sort((a, b) => a.nodeId - b.nodeId)
      .map((b) => [
        String(b.nodeId),
        `${b.host}:${b.port}`,
        b.version,
        b.partitions.map((p) => `${p.partitionId} ${p.role} ${p.health}`).join(", ") || "-",
      ]);
    lines.push(...table(["broker", "address", "version", "partitions (id role health)"], rows, "      "));
  }
  return lines;
}

/**
 * `c8rest-smoke config` as a table.
 *
 * @example
 * renderConfig(describeConfig(config)).join("\n");
 */
export function renderConfig(rows: readonly ConfigRow[]): string[] {
  return table(["setting", "value", "source"], rows.map((r) => [r.setting, r.value, r.source]));
}

/** The plain colour set (for tests and `--json`). */
export const plainPaint = plain;
