// spec:update from Camunda 8.10 as upstream publishes it: the single-file bundle, the multi-file entry, its folder,
// and a git ref of a checkout holding it. The fixtures are spec/history/camunda-8.10-rest-api.yaml and
// spec/upstream-8.10/ (see spec/history/SOURCE.md); the sandbox starts from the 8.9 fixture.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { collectOwnBasePaths } from "../../../packages/generated-client/scripts/own-bases.mjs";
import { updateSpec } from "../spec-update.mjs";
import { BUNDLER } from "../bundle.mjs";
import { cleanUp, sandbox, sha, spec810, spec89, tempDir, upstream810 } from "./support/sandbox.js";

afterAll(cleanUp);
const now = new Date("2026-12-01T12:00:00Z");
const doc810 = parse(readFileSync(spec810, "utf8"));
const doc89 = parse(readFileSync(spec89, "utf8"));
const idsOf = (doc: { paths: Record<string, Record<string, { operationId?: string }>> }) =>
  Object.values(doc.paths).flatMap((item) => ["get", "put", "post", "delete", "patch"].flatMap((m) => item[m]?.operationId ?? []));
const operations810 = idsOf(doc810).length;

describe("spec:update 8.9 -> 8.10", () => {
  it("from the single-file bundle: names the added operations and the real breaking changes, generates every operation", async () => {
    const box = await sandbox();
    const r = await updateSpec({ input: spec810, camundaVersion: "8.10", now, ...box });
    expect(r.downgrade).toBe(false);
    expect(r.diff.added).toHaveLength(58);
    expect(r.diff.removed).toHaveLength(0);
    expect(r.diff.added.map((o: { operationId: string }) => o.operationId).sort()).toEqual(idsOf(doc810).filter((id) => !idsOf(doc89).includes(id)).sort());
    const breaking = r.diff.changed.flatMap((c: { operationId: string; changes: Array<{ severity: string; where: string; path: string; message: string }> }) =>
      c.changes.filter((x) => x.severity === "breaking").map((x) => `${c.operationId}|${x.where}|${x.path}|${x.message}`),
    );
    expect(breaking.sort()).toEqual([
      "getResourceContent|response 200||changed type from string to object",
      "searchBatchOperationItems|response 200|items[].processInstanceKey|now nullable",
    ]);
    expect(r.diff.bump).toBe("major");
    const summary = readFileSync(r.changesetFile!, "utf8");
    expect(summary).toContain("58 added, 0 removed");
    expect(summary).toContain("`getResourceContent`");
    const ops = readFileSync(join(box.generatedDir, "operations.ts"), "utf8");
    expect(ops).toContain(`operationCount: ${operations810},`);
    expect(ops).toContain('camundaVersion: "8.10"');
    for (const key of Object.keys(collectOwnBasePaths(doc810))) expect(ops).toContain(`  ${JSON.stringify(key)}: "",`);
    expect(readFileSync(join(box.generatedDir, "methods.ts"), "utf8")).toContain('"/cluster/v2/mode"');
    expect(sha(join(box.specDir, "camunda-rest-api.yaml"))).toBe(sha(spec810));
  }, 180_000);

  it("from the multi-file entry and from its folder: bundled to the same bytes, the bundler recorded in SOURCE.md", async () => {
    for (const input of [join(upstream810, "rest-api.yaml"), upstream810]) {
      const box = await sandbox();
      const r = await updateSpec({ input, camundaVersion: "8.10", now, dryRun: true, ...box });
      expect(r.sha256).toBe(sha(spec810));
      expect(r.diff.added).toHaveLength(58);
    }
    const box = await sandbox();
    await updateSpec({ input: join(upstream810, "rest-api.yaml"), camundaVersion: "8.10", now, ...box });
    expect(sha(join(box.specDir, "camunda-rest-api.yaml"))).toBe(sha(spec810));
    const source = readFileSync(join(box.specDir, "SOURCE.md"), "utf8");
    expect(source).toMatch(new RegExp(`\\| made into one file by \\| \`${BUNDLER}\` bundle of \\d+ files`));
  }, 300_000);

  it("from a git ref of a local checkout: the committed files, not the working tree; the version from the ref", async () => {
    const repo = tempDir("c8rest-spec-git-");
    const dir = join(repo, "zeebe", "gateway-protocol", "src", "main", "proto", "v2");
    mkdirSync(dir, { recursive: true });
    cpSync(upstream810, dir, { recursive: true });
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo, encoding: "utf8" });
    git("init", "-q", "-b", "stable/8.10");
    git("add", ".");
    git("commit", "-q", "-m", "8.10");
    const commit = git("rev-parse", "HEAD").trim();
    writeFileSync(join(dir, "rest-api.yaml"), "openapi: 3.0.3\npaths: {}\n"); // an edit in the working tree only
    const box = await sandbox();
    const r = await updateSpec({ input: join(dir, "rest-api.yaml"), gitRef: "stable/8.10", now, ...box });
    expect(r.sha256).toBe(sha(spec810));
    expect(r.newVersion).toBe("8.10");
    const source = readFileSync(join(box.specDir, "SOURCE.md"), "utf8");
    expect(source).toContain(`| git | ref \`stable/8.10\`, commit \`${commit}\`, path \`zeebe/gateway-protocol/src/main/proto/v2/rest-api.yaml\` |`);
    const wrong = await updateSpec({ input: join(dir, "rest-api.yaml"), gitRef: "no-such-ref", ...box }).catch((e: { code: string }) => e);
    expect((wrong as { code: string }).code).toBe("C8REST_SPEC_UNREADABLE");
  }, 180_000);
});

