// `npm pack` of one package, and a check that every file its package.json points at is in the tarball.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

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

/** Problems: files named by main/module/types/exports/bin missing from the tarball; test or config files shipped. */
export function checkPackedFiles(pkg, files) {
  const have = new Set(files);
  const wanted = new Set([pkg.main, pkg.module, pkg.types, pkg.typings, ...targets(pkg.exports), ...targets(pkg.bin)].filter(Boolean));
  const problems = [];
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
