// Temporary copies of spec/ and src/generated/ for spec:update tests, started from the fixture
// spec/history/camunda-8.9-rest-api.yaml (never the live spec), so the tests hold whatever spec is pinned.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDir } from "../../../../config/temp-dir.mjs";
import { generate as generateUntyped } from "../../../../packages/generated-client/scripts/generate.mjs";

export const repoRoot = join(import.meta.dirname, "..", "..", "..", "..");
export const history = (name: string) => join(repoRoot, "spec", "history", name);
export const spec88 = history("camunda-8.8-rest-api.yaml");
export const spec89 = history("camunda-8.9-rest-api.yaml");
export const spec810 = history("camunda-8.10-rest-api.yaml");
export const upstream810 = join(repoRoot, "spec", "upstream-8.10");

const generate = generateUntyped as (o: { outDir: string; specDir: string }) => Promise<unknown>;
export const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

const temps: string[] = [];
/** Removes every folder made by sandbox() and tempDir(); call it from afterAll. */
export function cleanUp(): void {
  for (const d of temps.splice(0)) removeTempDir(d);
}

/** An empty temporary folder, removed by cleanUp(). */
export function tempDir(prefix = "c8rest-spec-tools-test-"): string {
  const d = makeTempDir(prefix);
  temps.push(d);
  return d;
}

export interface Sandbox {
  root: string;
  specDir: string;
  generatedDir: string;
  changesetDir: string;
}

/** spec/ pinned to the 8.9 fixture (with the repository's SOURCE.md prose), src/generated/ made from it, no changesets. */
export async function sandbox(): Promise<Sandbox> {
  const root = tempDir();
  const box = { root, specDir: join(root, "spec"), generatedDir: join(root, "generated"), changesetDir: join(root, "changeset") };
  mkdirSync(box.specDir);
  mkdirSync(box.changesetDir);
  cpSync(spec89, join(box.specDir, "camunda-rest-api.yaml"));
  cpSync(join(repoRoot, "spec", "SOURCE.md"), join(box.specDir, "SOURCE.md"));
  writeFileSync(join(box.specDir, "spec-meta.json"), JSON.stringify({ file: "camunda-rest-api.yaml", camundaVersion: "8.9", sha256: sha(spec89) }, null, 2) + "\n");
  await generate({ outDir: box.generatedDir, specDir: box.specDir });
  return box;
}

/** sha256 of every file under dir, by relative path. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    try {
      out[f] = sha(join(dir, f));
    } catch {
      // a folder
    }
  }
  return out;
}
