// spec:update end to end in temporary folders (started from the 8.9 fixture): never touches the repository's spec/,
// src/generated/ or .changeset/.
import { execFile } from "node:child_process";
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { inspect, promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateSpec, SpecUpdateError, SPEC_INVALID, SPEC_UNREADABLE, SPEC_VERSION_MISSING } from "../spec-update.mjs";
import { cleanUp, repoRoot, sandbox, sha, snapshot, spec88, spec89 } from "./support/sandbox.js";

const run = promisify(execFile);
const script = join(import.meta.dirname, "..", "spec-update.mjs");
const checkScript = join(repoRoot, "packages", "generated-client", "scripts", "check-generated.mjs");
afterAll(cleanUp);

/** The error a promise rejects with; fails the test when it resolves. */
async function failure(p: Promise<unknown>): Promise<SpecUpdateError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(SpecUpdateError);
  return e as SpecUpdateError;
}

const now = new Date("2026-11-27T12:00:00Z");
const cli = (box: { specDir: string; generatedDir: string; changesetDir: string }, ...args: string[]) =>
  run(process.execPath, [script, ...args, "--spec-dir", box.specDir, "--generated-dir", box.generatedDir, "--changeset-dir", box.changesetDir]);

describe("spec:update round trip 8.9 -> 8.8 -> 8.9", () => {
  it("replaces the spec, meta, SOURCE.md and generated code, writes the diff and a changeset each way", async () => {
    const box = await sandbox();
    const before = { spec: snapshot(box.specDir), gen: snapshot(box.generatedDir) };

    const down = await updateSpec({ input: spec88, now, ...box });
    expect(down.diff.bump).toBe("major");
    expect(down.downgrade).toBe(true);
    expect(down.diff.removed).toHaveLength(36);
    const meta = JSON.parse(readFileSync(join(box.specDir, "spec-meta.json"), "utf8"));
    expect(meta).toEqual({ file: "camunda-rest-api.yaml", camundaVersion: "8.8", sha256: sha(spec88) });
    const source = readFileSync(join(box.specDir, "SOURCE.md"), "utf8");
    expect(source).toContain(`| sha256 | \`${sha(spec88)}\` |`);
    expect(source).toContain("| Camunda version | 8.8 |");
    expect(source).toContain("| made into one file by | (already one file; bytes unchanged) |");
    expect(source).toContain("| updated on | 2026-11-27 |");
    expect(source).toContain("(this update is a downgrade)");
    expect(source).toContain("## Licence"); // the prose around the table is kept
    const report = readFileSync(join(box.specDir, "API-DIFF.md"), "utf8");
    expect(report).toContain("# API diff: Camunda 8.9 -> 8.8");
    expect(report).toContain("**Downgrade**: Camunda 8.8 is older than the spec it replaces (Camunda 8.9).");
    expect(readFileSync(join(box.generatedDir, "operations.ts"), "utf8")).toContain('camundaVersion: "8.8"');
    // the generated code matches the new spec as check:generated sees it
    const check = await run(process.execPath, [checkScript, "--spec-dir", box.specDir, "--generated-dir", box.generatedDir]);
    expect(check.stdout).toContain("check:generated OK");
    const downSet = readFileSync(down.changesetFile!, "utf8");
    expect(downSet.startsWith('---\n"@c8rest/client": major\n---\n\nSpec update: Camunda 8.9 -> 8.8')).toBe(true);
    expect(downSet).toContain("0 added, 36 removed");

    const up = await updateSpec({ input: spec89, now, ...box });
    expect(up.downgrade).toBe(false);
    expect(up.diff.added).toHaveLength(36);
    expect(up.diff.removed).toHaveLength(0);
    expect(up.diff.bump).toBe("major"); // 8.9 also makes response fields nullable and removes an enum value
    expect(readFileSync(up.changesetFile!, "utf8")).toContain("36 added, 0 removed");
    expect(readdirSync(box.changesetDir).sort()).toEqual([
      `spec-8.8-to-8.9-${sha(spec89).slice(0, 8)}.md`,
      `spec-8.9-to-8.8-${sha(spec88).slice(0, 8)}.md`,
    ]);
    // back where it started: spec, meta and generated code byte-identical
    const after = { spec: snapshot(box.specDir), gen: snapshot(box.generatedDir) };
    expect(after.gen).toEqual(before.gen);
    for (const f of ["camunda-rest-api.yaml", "spec-meta.json"]) expect(after.spec[f]).toBe(before.spec[f]);
  }, 180_000);

  it("writes a changeset that @changesets/parse reads as a major release of @c8rest/client", async () => {
    const box = await sandbox();
    const r = await updateSpec({ input: spec88, now, ...box });
    const { default: parseChangeset } = (await import("@changesets/parse")) as { default: (s: string) => { releases: unknown; summary: string } };
    const parsed = parseChangeset(readFileSync(r.changesetFile!, "utf8"));
    expect(parsed.releases).toEqual([{ name: "@c8rest/client", type: "major" }]);
    expect(parsed.summary).toContain("Removed (breaking): `createGlobalClusterVariable`");
  }, 120_000);

  it("leaves check:generated failing when the spec is swapped without spec:update", async () => {
    const box = await sandbox();
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

  it("--dry-run says the downgrade plainly, prints the whole diff and writes nothing; --diff-out writes only the diff", async () => {
    const box = await sandbox();
    const before = snapshot(box.root);
    const { stdout } = await cli(box, spec88, "--dry-run");
    expect(stdout).toContain("DOWNGRADE: the new spec (Camunda 8.8) is older than the pinned one (Camunda 8.9).");
    expect(stdout).toContain("0 added, 36 removed");
    expect(stdout).toContain("## Operations removed (breaking)"); // the whole report, not only the summary
    expect(stdout).toContain("- `createGlobalClusterVariable`: POST /cluster-variables/global");
    expect(stdout).toContain("spec:update --dry-run: major (a downgrade); the generated code compiles; nothing written.");
    expect(snapshot(box.root)).toEqual(before);

    const out = join(box.root, "diff.md");
    const second = await cli(box, spec88, "--dry-run", "--diff-out", out, "--date", "2026-11-27");
    expect(second.stdout).toContain("0 added, 36 removed");
    expect(second.stdout).not.toContain("## Operations removed (breaking)");
    const report = readFileSync(out, "utf8");
    expect(report).toContain("# API diff: Camunda 8.9 -> 8.8");
    expect(report).toContain("Written by `npm run spec:update` on 2026-11-27.");
    expect(snapshot(box.root)).toEqual({ ...before, "diff.md": sha(out) });
  }, 120_000);

  it("does nothing when the spec is unchanged", async () => {
    const box = await sandbox();
    const before = snapshot(box.root);
    const r = await updateSpec({ input: spec89, ...box });
    expect(r.unchanged).toBe(true);
    expect(snapshot(box.root)).toEqual(before);
  }, 60_000);
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
    const box = await sandbox();
    const r = await updateSpec({ input: `http://user:s3cret@${base.slice(7)}/camunda-8.8.yaml`, now, ...box });
    expect(r.diff.removed).toHaveLength(36);
    const source = readFileSync(join(box.specDir, "SOURCE.md"), "utf8");
    expect(source).toContain(`| source | \`${base}/camunda-8.8.yaml\` |`);
    expect(source).not.toContain("s3cret");
  }, 120_000);

  const invalid: Array<[string, string, string]> = [
    ["Swagger 2.0", "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {/a: {get: {operationId: a}}}\n", "is Swagger 2.0, not OpenAPI 3.x"],
    ["OpenAPI without paths", "openapi: 3.0.3\ninfo: {title: x, version: '1'}\ncomponents: {schemas: {}}\n", "has no paths"],
    ["empty paths", "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n", "has no paths"],
    ["paths without operations", "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {/a: {summary: x}}\n", "has paths but no operations"],
    ["not YAML", "openapi: [3.0.3\n  paths: {", "is not YAML or JSON"],
    ["a YAML list", "- openapi\n- paths\n", "no top-level object"],
    ["OpenAPI 4", "openapi: 4.0.0\npaths: {/a: {get: {operationId: a}}}\n", "expected an OpenAPI 3.0.x or 3.1.x document"],
    ["an operation without operationId", "openapi: 3.0.3\npaths: {/a: {get: {responses: {}}}}\n", "GET /a has no operationId"],
    ["a $ref that points nowhere", "openapi: 3.0.3\npaths: {/a: {get: {operationId: a, responses: {'200': {$ref: '#/components/responses/Nope'}}}}}\n", "points nowhere"],
  ];
  for (const [what, text, message] of invalid) {
    it(`rejects ${what} with a clear error and changes nothing`, async () => {
      const box = await sandbox();
      const before = snapshot(box.root);
      const input = join(box.root, "camunda-9.0.yaml");
      writeFileSync(input, text);
      const err = await failure(updateSpec({ input, ...box }));
      expect(err.code).toBe(SPEC_INVALID);
      expect(err.message).toContain(message);
      expect(snapshot(box.root)).toEqual({ ...before, "camunda-9.0.yaml": sha(input) });
    }, 60_000);
  }

  it("keeps the credentials of a URL out of the error", async () => {
    const box = await sandbox();
    const err = await failure(updateSpec({ input: `http://user:wrong@${base.slice(7)}/camunda-8.8.yaml`, ...box }));
    expect(err.code).toBe(SPEC_UNREADABLE);
    expect(err.message).toBe(`downloading ${base}/camunda-8.8.yaml answered HTTP 401; check the URL`);
    expect(JSON.stringify(err) + inspect(err)).not.toContain("wrong");
  }, 60_000);

  it("rejects a missing file, an HTTP 404 and an unknown version", async () => {
    const box = await sandbox();
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
  }, 60_000);

  it("the CLI exits 1 with the error's code and says nothing changed; usage errors have their own code", async () => {
    const box = await sandbox();
    const input = join(box.root, "bad-8.8.yaml");
    writeFileSync(input, "openapi: 3.0.3\npaths: {}\n");
    const bad = (await cli(box, input).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("spec:update FAILED (C8REST_SPEC_INVALID)");
    expect(bad.stderr).toContain("Nothing was changed.");
    for (const args of [["--frobnicate"], [input, input], [input, "--camunda-version"], []]) {
      const usage = (await cli(box, ...args).catch((e: unknown) => e)) as { code: number; stderr: string };
      expect(usage.code, args.join(" ")).toBe(1);
      expect(usage.stderr, args.join(" ")).toContain("spec:update FAILED (C8REST_SPEC_USAGE)");
    }
  }, 60_000);

  it("--help lists the inputs, the options and every error code", async () => {
    const { stdout } = await run(process.execPath, [script, "--help"]);
    for (const text of ["Usage: npm run spec:update", "--git-ref", "--dry-run", "--diff-out", "rest-api.yaml", "C8REST_SPEC_USAGE", "C8REST_SPEC_UNREADABLE", "C8REST_SPEC_INVALID", "C8REST_SPEC_VERSION_MISSING", "C8REST_SPEC_WRITE_FAILED", "npm run size-budget -- --update"]) {
      expect(stdout).toContain(text);
    }
  });
});
