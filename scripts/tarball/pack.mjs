// `npm pack` of one package, and a check that every file its package.json points at is in the tarball.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

/**
 * Entries of `files` that may be missing from a tarball, and why. Every other entry must match a file in it.
 * `CHANGELOG.md` is named so that it ships once it exists; changesets writes it at the first `changeset version`.
 */
export const OPTIONAL_FILES = { "CHANGELOG.md": "written by `npm run version-packages` (changesets) at the first release" };

/** The files of a packed tarball (`npm pack` puts them under `package/`). */
export async function tarballFiles(tgz) {
  const { stdout } = await exec("tar", ["-tzf", tgz], { maxBuffer: 64 << 20 });
  return stdout.split("\n").filter((l) => l && !l.endsWith("/")).map((l) => l.replace(/^package\//, ""));
}

/** Packs `dir` into `dest`; returns `{ path, files, size }` from `npm pack --json`. */
export async function packOne(dir, dest, env) {
  const { stdout } = await exec("npm", ["pack", "--json", "--loglevel=error", "--pack-destination", dest], { cwd: dir, env, maxBuffer: 64 << 20 });
  const [info] = JSON.parse(stdout);
  return { path: join(dest, info.filename), files: info.files.map((f) => f.path), size: info.size };
}

function targets(node, out = []) {
  if (typeof node === "string") out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => targets(n, out));
  else if (node && typeof node === "object") Object.values(node).forEach((n) => targets(n, out));
  return out;
}

/** Whether a `files` entry (a path, a folder or a glob with `*`) matches a file of the tarball. */
function matches(entry, files) {
  const path = entry.replace(/^\.\//, "").replace(/\/$/, "");
  if (path.includes("*")) {
    const [prefix, suffix] = path.split(/\*+/);
    return files.some((f) => f.startsWith(prefix) && f.endsWith(suffix));
  }
  return files.some((f) => f === path || f.startsWith(`${path}/`));
}

/**
 * Problems: no LICENSE; an entry of `files` (other than {@link OPTIONAL_FILES}) or a file named by
 * main/module/types/exports/bin missing from the tarball; test or config files shipped.
 */
export function checkPackedFiles(pkg, files) {
  const have = new Set(files);
  const wanted = new Set([pkg.main, pkg.module, pkg.types, pkg.typings, ...targets(pkg.exports), ...targets(pkg.bin)].filter(Boolean));
  const problems = [];
  if (!files.some((f) => /^LICEN[CS]E(\.[a-z]+)?$/i.test(f))) problems.push(`LICENSE is not in the tarball: add it to the package folder`);
  for (const entry of pkg.files ?? []) {
    if (entry.startsWith("!") || entry in OPTIONAL_FILES) continue;
    if (!matches(entry, files)) problems.push(`"${entry}" is named in "files" but not in the tarball (build first, or fix "files")`);
  }
  for (const target of wanted) {
    const path = target.replace(/^\.\//, "");
    if (path === "package.json") continue;
    if (path.includes("*")) {
      const [prefix, suffix] = path.split("*");
      if (!files.some((f) => f.startsWith(prefix) && f.endsWith(suffix))) problems.push(`${target}: no file matches in the tarball`);
    } else if (!have.has(path)) {
      problems.push(`${target} is named in package.json but not in the tarball (build first, or fix "files")`);
    }
  }
  for (const f of files) {
    if (/(^|\/)(test|tests|__tests__|test-results)\//.test(f) || /\.test\.[cm]?[jt]s$/.test(f) || /^(tsconfig|vitest\.config|tsdown\.config)/.test(f)) {
      problems.push(`${f} is shipped but users do not need it: narrow "files"`);
    }
  }
  return problems;
}
