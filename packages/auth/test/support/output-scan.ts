// Setup file: records every console line and every error a test hands in, and fails the test file when any of
// them contains a secret of the suite or a token a test saw (docs/auth-faults.md #32).
import { inspect } from "node:util";
import { afterAll, expect } from "vitest";
import { findSecretLeaks } from "../../../../config/test-support/secret-leaks.js";
import { SCANNED_IDS, SCANNED_SECRETS } from "./oauth-clients.ts";

interface Scan {
  lines: string[];
  tokens: Set<string>;
}
const g = globalThis as { __c8restScan?: Scan };
const scan: Scan = (g.__c8restScan ??= { lines: [], tokens: new Set() });

/** Adds a token (seen by a test server or returned to a test) to what must never appear in output. */
export function rememberToken(token: string): void {
  if (token.length >= 8) scan.tokens.add(token);
}

/** Adds an error (message, inspect, JSON, cause chain, every property) to the scanned output. */
export function recordError(e: unknown): void {
  scan.lines.push(String(e), inspect(e, { depth: 10, showHidden: true }), JSON.stringify(e) ?? "");
  if (e && typeof e === "object") {
    for (const [k, v] of Object.entries(e)) scan.lines.push(`${k}=${typeof v === "string" ? v : inspect(v, { depth: 5 })}`);
  }
}

/** Adds a line (e.g. a logger line) to the scanned output. */
export function recordLine(line: string): void {
  scan.lines.push(line);
}

/**
 * Lines of `lines` that contain a secret or a remembered token in any form (raw, URL- or form-encoded, JSON- or
 * HTML-escaped, flattened, a Basic header of a known id, or inside any base64 run).
 */
export function findLeaks(lines: readonly string[], tokens: Iterable<string> = scan.tokens): string[] {
  return findSecretLeaks(lines, [...SCANNED_SECRETS, ...tokens], SCANNED_IDS);
}

/** A logger whose lines are scanned. */
export function scannedLogger(): { lines: string[]; warn(m: string): void; debug(m: string): void } {
  const lines: string[] = [];
  return {
    lines,
    warn: (m) => (lines.push(m), recordLine(m)),
    debug: (m) => (lines.push(m), recordLine(m)),
  };
}

for (const method of ["log", "info", "warn", "error", "debug"] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    scan.lines.push(args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: 10 }))).join(" "));
    original(...args);
  };
}

afterAll(() => {
  expect(findLeaks(scan.lines), "secrets or tokens in output or errors").toEqual([]);
});
