// The Camunda version of the spec the mock serves: the gateway and broker version its topology reports.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { SpecDocument } from "./sample-value.js";

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The highest `x-added-in-version` in a spec (Camunda marks each operation and field with it since 8.9), if any. */
function highestAddedInVersion(spec: SpecDocument): string | undefined {
  let best: number[] | undefined;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "x-added-in-version" && typeof value === "string" && /^\d+(\.\d+)*$/.test(value)) {
        const parts = value.split(".").map(Number);
        if (!best || compare(parts, best) > 0) best = parts;
      } else visit(value);
    }
  };
  visit(spec);
  return best?.join(".");
}

/**
 * The Camunda minor version a spec describes, from its content: the highest `x-added-in-version` in it (Camunda's
 * specs mark each operation and field with the version that added it), else `info.version`.
 *
 * @example
 * camundaVersion(spec); // "8.9"
 */
export function camundaVersion(spec: SpecDocument): string {
  const info = (spec["info"] ?? {}) as Record<string, unknown>;
  return highestAddedInVersion(spec) ?? (typeof info["version"] === "string" ? info["version"] : "0.0");
}

/**
 * The Camunda minor version of a spec file: the `camundaVersion` of the `spec-meta.json` beside it when that records
 * this very file (its name and sha256, as the repository's `spec/` and this package's copy do; 8.8's spec carries
 * no version of its own), else the highest `x-added-in-version` in it, else an `X.Y` in the file's name
 * (`camunda-8.8-rest-api.yaml`), else `info.version`.
 *
 * @example
 * specFileCamundaVersion(DEFAULT_SPEC_FILE, text, parse(text)); // "8.9": spec/spec-meta.json of this package
 */
export function specFileCamundaVersion(file: string, text: string, spec: SpecDocument): string {
  let meta: { file?: unknown; sha256?: unknown; camundaVersion?: unknown } | undefined;
  try {
    meta = JSON.parse(readFileSync(join(dirname(file), "spec-meta.json"), "utf8")) as typeof meta;
  } catch {
    meta = undefined; // no (readable) metadata beside the file: read the version from the spec
  }
  const sha256 = createHash("sha256").update(text).digest("hex");
  if (meta?.file === basename(file) && meta.sha256 === sha256 && typeof meta.camundaVersion === "string") return meta.camundaVersion;
  const named = /(?:^|[^\d.])(\d+\.\d+)(?=[^\d.]|$)/.exec(basename(file))?.[1];
  return highestAddedInVersion(spec) ?? named ?? camundaVersion(spec);
}
