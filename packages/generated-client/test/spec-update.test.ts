// spec:update end to end in temporary folders: never touches the repository's spec/, src/generated/ or .changeset/.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { inspect, promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate as generateUntyped } from "../scripts/generate.mjs";
import { updateSpec, SpecUpdateError, SPEC_INVALID, SPEC_UNREADABLE, SPEC_VERSION_MISSING } from "../scripts/spec-update.mjs";
import { makeTempDir } from "../../../config/temp-dir.mjs";

const run = promisify(execFile);
const pkgDir = join(import.meta.dirname, "..");
const repoRoot = join(pkgDir, "..", "..");
const spec88 = join(repoRoot, "spec", "history", "camunda-8.8-rest-api.yaml");
const spec89 = join(repoRoot, "spec", "camunda-rest-api.yaml");
const script = join(pkgDir, "scripts", "spec-update.mjs");
const checkScript = join(pkgDir, "scripts", "check-generated.mjs");
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of spec/ and src/generated/ plus an empty changeset folder. */
function sandbox() {
  const root = makeTempDir("c8rest-spec-update-test-");
  temps.push(root);
  const dirs = { root, specDir: join(root, "spec"), generatedDir: join(root, "generated"), changesetDir: join(root, "changeset") };
  mkdirSync(dirs.specDir);
  for (const f of ["camunda-rest-api.yaml", "spec-meta.json", "SOURCE.md"]) cpSync(join(repoRoot, "spec", f), join(dirs.specDir, f));
  cpSync(join(pkgDir, "src", "generated"), dirs.generatedDir, { recursive: true });
  mkdirSync(dirs.changesetDir);
  return dirs;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    try {
      out[f] = createHash("sha256").update(readFileSync(join(dir, f))).digest("hex");
    } catch {
      // a folder
    }
  }
  return out;
}

/** The error a promise rejects with; fails the test when it resolves. */
async function failure(p: Promise<unknown>): Promise<SpecUpdateError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(SpecUpdateError);
  return e as SpecUpdateError;
}

// generate.mjs has no JSDoc for its options; TS infers `{ outDir? }` from the destructuring default.
const generate = generateUntyped as unknown as (o: { outDir: string; specDir: string }) => Promise<unknown>;

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const now = new Date("2026-11-27T12:00:00Z");

describe("spec:update round trip 8.9 -> 8.8 -> 8.9", () => {
  it("replaces the spec, meta, SOURCE.md and generated code, writes the diff and a changeset each way", async () => {
    const box = sandbox();
    // start from what the current generator makes of the pinned spec (src/generated/ may be mid-change)
    rmSync(box.generatedDir, { recursive: true });
    await generate({ outDir: box.generatedDir, specDir: box.specDir });
    const before = { spec: snapshot(box.specDir), gen: snapshot(box.generatedDir) };

    const down = await updateSpec({ input: spec88, now, ...box });
    expect(down.diff.bump).toBe("major");
    expect(down.diff.removed).toHaveLength(36);
    const meta = JSON.parse(readFileSync(join(box.specDir, "spec-meta.json"), "utf8"));
    expect(meta).toEqual({ file: "camunda-rest-api.yaml", camundaVersion: "8.8", sha256: sha(spec88) });
    const source = readFileSync(join(box.specDir, "SOURCE.md"), "utf8");
    expect(source).toContain(`| sha256 | \`${sha(spec88)}\` |`);
    expect(source).toContain("| Camunda version | 8.8 |");
    expect(source).toContain("| updated on | 2026-11-27 |");
    expect(source).toContain("## Licence"); // the prose around the table is kept
    expect(readFileSync(join(box.specDir, "API-DIFF.md"), "utf8")).toContain("# API diff: Camunda 8.9 -> 8.8");
    expect(readFileSync(join(box.generatedDir, "operations.ts"), "utf8")).toContain('camundaVersion: "8.8"');
    // the generated code matches the new spec as check:generated sees it
    const check = await run(process.execPath, [checkScript, "--spec-dir", box.specDir, "--generated-dir", box.generatedDir]);
    expect(check.stdout).toContain("check:generated OK");
    const downSet = readFileSync(down.changesetFile, "utf8");
    expect(downSet.startsWith('---\n"@c8rest/client": major\n---\n\nSpec update: Camunda 8.9 -> 8.8')).toBe(true);
    expect(downSet).toContain("0 added, 36 removed");

    const up = await updateSpec({ input: spec89, camundaVersion: "8.9", now, ...box });
    expect(up.diff.added).toHaveLength(36);
    expect(up.diff.removed).toHaveLength(0);
    expect(up.diff.bump).toBe("major"); // 8.9 also makes response fields nullable and removes an enum value
    expect(readFileSync(up.changesetFile, "utf8")).toContain("36 added, 0 removed");
    expect(readdirSync(box.changesetDir).sort()).toEqual([
      `spec-8.8-to-8.9-${sha(spec89).slice(0, 8)}.md`,
      `spec-8.9-to-8.8-${sha(spec88).slice(0, 8)}.md`,
    ]);
    // back where it started: spec, meta and generated code byte-identical
    const after = { spec: snapshot(box.specDir), gen: snapshot(box.generatedDir) };
    expect(after.gen).toEqual(before.gen);
    for (const f of ["camunda-rest-api.yaml", "spec-meta.json"]) expect(after.spec[f]).toBe(before.spec[f]);
  }, 60_000);

  it("writes a changeset that @changesets/parse reads as a major release of @c8rest/client", async () => {
    const box = sandbox();
    const r = await updateSpec({ input: spec88, now, ...box });
    const { default: parseChangeset } = (await import("@changesets/parse")) as { default: (s: string) => { releases: unknown; summary: string } };
    const parsed = parseChangeset(readFileSync(r.changesetFile, "utf8"));
    expect(parsed.releases).toEqual([{ name: "@c8rest/client", type: "major" }]);
    expect(parsed.summary).toContain("Removed (breaking): `createGlobalClusterVariable`");
  }, 60_000);

  it("leaves check:generated failing when the spec is swapped without spec:update", async () => {
    const box = sandbox();
    rmSync(box.generatedDir, { recursive: true });
    await generate({ outDir: box.generatedDir, specDir: box.specDir });
    const target = join(box.specDir, "camunda-rest-api.yaml");
    rmSync(target);
    cpSync(spec88, target);
    const err = (await run(process.execPath, [checkScript, "--spec-dir", box.specDir, "--generated-dir", box.generatedDir]).catch((e: unknown) => e)) as {
      code: number;
      stderr: string;
    };
    expect(err.code).toBe(1);
    expect(err.stderr).toContain("update spec-meta.json and spec/SOURCE.md for the new spec");
  }, 60_000);

  it("--dry-run prints the summary and writes nothing", async () => {
    const box = sandbox();
    const before = snapshot(box.root);
    const args = [script, spec88, "--dry-run", "--spec-dir", box.specDir, "--generated-dir", box.generatedDir, "--changeset-dir", box.changesetDir];
    const { stdout } = await run(process.execPath, args);
    expect(stdout).toContain("0 added, 36 removed");
    expect(stdout).toContain("spec:update --dry-run: major; nothing written.");
    expect(snapshot(box.root)).toEqual(before);
  });

  it("does nothing when the spec is unchanged", async () => {
    const box = sandbox();
    const before = snapshot(box.root);
    const r = await updateSpec({ input: spec89, camundaVersion: "8.9", ...box });
    expect(r.unchanged).toBe(true);
    expect(snapshot(box.root)).toEqual(before);
  });
});

describe("spec:update input", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/camunda-8.8.yaml" && req.headers.authorization === `Basic ${Buffer.from("user:s3cret").toString("base64")}`) {
        res.end(readFileSync(spec88));
      } else if (req.url === "/camunda-8.8.yaml") res.writeHead(401).end();
      else res.writeHead(404).end("not found");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("downloads an http URL and takes the version from its name; no credentials in SOURCE.md", async () => {
    const box = sandbox();
    const r = await updateSpec({ input: `http://user:s3cret@${base.slice(7)}/camunda-8.8.yaml`, now, ...box });
    expect(r.diff.removed).toHaveLength(36);
    const source = readFileSync(join(box.specDir, "SOURCE.md"), "utf8");
    expect(source).toContain(`| source | \`${base}/camunda-8.8.yaml\` |`);
    expect(source).not.toContain("s3cret");
  }, 60_000);

  const invalid: Array<[string, string, string]> = [
    ["Swagger 2.0", "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {/a: {get: {operationId: a}}}\n", "is Swagger 2.0, not OpenAPI 3.x"],
    ["OpenAPI without paths", "openapi: 3.0.3\ninfo: {title: x, version: '1'}\ncomponents: {schemas: {}}\n", "has no paths"],
    ["empty paths", "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n", "has no paths"],
    ["not YAML", "openapi: [3.0.3\n  paths: {", "is not YAML or JSON"],
    ["a YAML list", "- openapi\n- paths\n", "no top-level object"],
    ["OpenAPI 4", "openapi: 4.0.0\npaths: {/a: {get: {operationId: a}}}\n", "expected an OpenAPI 3.0.x or 3.1.x document"],
    ["an operation without operationId", "openapi: 3.0.3\npaths: {/a: {get: {responses: {}}}}\n", "GET /a has no operationId"],
  ];
  for (const [what, text, message] of invalid) {
    it(`rejects ${what} with a clear error and changes nothing`, async () => {
      const box = sandbox();
      const before = snapshot(box.root);
      const input = join(box.root, "camunda-9.0.yaml");
      writeFileSync(input, text);
      const err = await updateSpec({ input, ...box }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SpecUpdateError);
      expect((err as SpecUpdateError).code).toBe(SPEC_INVALID);
      expect((err as Error).message).toContain(message);
      expect(snapshot(box.root)).toEqual({ ...before, "camunda-9.0.yaml": sha(input) });
    });
  }

  it("keeps the credentials of a URL out of the error", async () => {
    const box = sandbox();
    const err = await failure(updateSpec({ input: `http://user:wrong@${base.slice(7)}/camunda-8.8.yaml`, ...box }));
    expect(err.code).toBe(SPEC_UNREADABLE);
    expect(err.message).toBe(`downloading ${base}/camunda-8.8.yaml answered HTTP 401; check the URL`);
    expect(JSON.stringify(err) + inspect(err)).not.toContain("wrong");
  });

  it("rejects a missing file, an HTTP 404 and an unknown version", async () => {
    const box = sandbox();
    const before = snapshot(box.root);
    const missing = await failure(updateSpec({ input: join(box.root, "nope-8.8.yaml"), ...box }));
    expect(missing.code).toBe(SPEC_UNREADABLE);
    const notFound = await failure(updateSpec({ input: `${base}/missing-8.8.yaml`, ...box }));
    expect(notFound.code).toBe(SPEC_UNREADABLE);
    expect(notFound.message).toContain("HTTP 404");
    const copy = join(box.root, "rest-api.yaml");
    cpSync(spec88, copy);
    const noVersion = await failure(updateSpec({ input: copy, ...box }));
    expect(noVersion.code).toBe(SPEC_VERSION_MISSING);
    expect(noVersion.message).toContain("--camunda-version");
    expect(snapshot(box.root)).toEqual({ ...before, "rest-api.yaml": sha(copy) });
  });

  it("the CLI exits 1 with the error and says nothing changed", async () => {
    const box = sandbox();
    const input = join(box.root, "bad-8.8.yaml");
    writeFileSync(input, "openapi: 3.0.3\npaths: {}\n");
    const args = [script, input, "--spec-dir", box.specDir, "--generated-dir", box.generatedDir, "--changeset-dir", box.changesetDir];
    const err = (await run(process.execPath, args).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(err.code).toBe(1);
    expect(err.stderr).toContain("spec:update FAILED (C8REST_SPEC_INVALID)");
    expect(err.stderr).toContain("Nothing in spec/ was changed.");
  });
});
