#!/usr/bin/env node
// Lints every publishable package as npm would ship it: publint, then `attw --pack` (are the types wrong?).
// Needs built packages (`npm run build`). Prints one line per check and "N passed, N failed" at the end.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const bin = (name) => join(root, "node_modules", ".bin", name);
const packages = readdirSync(join(root, "packages"))
  .map((d) => join(root, "packages", d))
  .filter((d) => existsSync(join(d, "package.json")) && !JSON.parse(readFileSync(join(d, "package.json"), "utf8")).private);

let passed = 0;
let failed = 0;
for (const dir of packages) {
  const name = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name;
  for (const [label, cmd, args] of [
    ["publint", bin("publint"), ["run", "--strict", dir]],
    ["attw --pack", bin("attw"), ["--pack", dir, "--format", "ascii"]],
  ]) {
    try {
      const out = execFileSync(cmd, args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      passed++;
      console.log(`ok   ${label} ${name}`);
      if (process.env.VERBOSE) console.log(out);
    } catch (e) {
      failed++;
      console.log(`FAIL ${label} ${name}\n${e.stdout ?? ""}${e.stderr ?? ""}`);
    }
  }
}
console.log(`packages: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
