#!/usr/bin/env node
// Installs the packages as users get them: builds, `npm pack`s every publishable package, installs the tarballs
// into a fresh project outside the workspace (no links back), then type-checks a strict ESM and CJS consumer,
// runs both against local OAuth + API servers, runs a job worker against the fake job server, loads every package in
// both module systems, runs the installed `c8rest-smoke --help` / `--version`, and starts the installed
// `c8rest-mock --print-env` and calls topology through it. Ends with "tarballs: N passed, N failed".
//   node scripts/tarball-test.mjs [--no-build] [--pack-dir DIR] [--keep]
//   --pack-dir DIR  use the *.tgz already in DIR instead of packing (e.g. to test a tampered tarball)
//   --keep          keep the temporary project and print its path
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, parse as parsePath, resolve } from "node:path";
import { promisify } from "node:util";
import { startServers, CLIENT_ID, CLIENT_SECRET, TOPOLOGY } from "./tarball/servers.mjs";
import { packOne, checkPackedFiles, tarballFiles } from "./tarball/pack.mjs";
import { keepTempDir, makeTempDir, removeTempDir } from "../config/temp-dir.mjs";
import { startFakeJobServer } from "../config/test-support/fake-job-server.mjs";

const exec = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const started = performance.now();
const results = [];
// The installed client reports the Camunda version of the pinned spec (whatever `npm run spec:update` pinned).
const pinnedVersion = JSON.parse(readFileSync(join(root, "spec", "spec-meta.json"), "utf8")).camundaVersion;

function record(ok, label, detail = "") {
  results.push({ ok, label });
  console.log(`${ok ? "ok  " : "FAIL"} ${label}${detail ? `\n${detail.trimEnd().replace(/^/gm, "     ")}` : ""}`);
  return ok;
}

async function step(label, fn) {
  try {
    const detail = await fn();
    return record(true, label, typeof detail === "string" ? detail : "");
  } catch (e) {
    const extra = [e.stdout, e.stderr].filter((x) => x && !e.message.includes(x.trim()));
    return record(false, label, [e.message, ...extra].join("\n").slice(0, 4000));
  }
}

/** A child environment without anything that could resolve modules from the workspace. */
function cleanEnv(extra = {}) {
  const env = { ...process.env, ...extra, NODE_PATH: "", npm_config_workspaces: "", TURBO_TELEMETRY_DISABLED: "1", SCARF_ANALYTICS: "false" };
  for (const k of Object.keys(env)) if (k.startsWith("npm_") || k === "INIT_CWD") delete env[k];
  delete env.NODE_OPTIONS;
  return env;
}

/** The NAME=value lines `c8rest-mock --print-env` prints once it is up (it prints CAMUNDA_AUTH_STRATEGY last). */
function readPrintedEnv(child, exited) {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr.on("data", (c) => (err += c));
    child.stdout.on("data", (c) => {
      out += c;
      if (!/^CAMUNDA_AUTH_STRATEGY=/m.test(out)) return;
      resolve(Object.fromEntries(out.trim().split("\n").map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])));
    });
    exited.then((code) => reject(new Error(`c8rest-mock exited (${code}) before printing its variables:\n${err}`)));
  });
}

function npmInstall(cwd, specs) {
  return exec("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...specs], { cwd, env: cleanEnv(), maxBuffer: 64 << 20 });
}

/** The package and the workspace packages it depends on (peer dependencies too: a user installs them), transitively. */
function internalClosure(name, seen = new Set()) {
  if (seen.has(name)) return [...seen];
  seen.add(name);
  const p = publishable.find((x) => x.pkg.name === name);
  const deps = { ...p?.pkg.dependencies, ...p?.pkg.peerDependencies };
  for (const dep of Object.keys(deps)) if (publishable.some((x) => x.pkg.name === dep)) internalClosure(dep, seen);
  return [...seen];
}

const publishable = readdirSync(join(root, "packages"))
  .map((d) => join(root, "packages", d))
  .filter((d) => existsSync(join(d, "package.json")))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter((p) => !p.pkg.private);

const project = makeTempDir("c8rest-tarballs-");
const packDir = option("--pack-dir") ?? join(project, "tarballs");
let servers;
try {
  // The project must not see any node_modules of an ancestor folder (that would hide a missing dependency).
  for (let d = dirname(project); ; d = dirname(d)) {
    if (existsSync(join(d, "node_modules"))) throw new Error(`${join(d, "node_modules")} exists above the test project: remove it`);
    if (d === parsePath(d).root) break;
  }

  if (!flag("--no-build") && !option("--pack-dir")) {
    const filters = publishable.flatMap((p) => ["--filter", p.pkg.name]);
    const ok = await step("build (turbo run build)", () =>
      exec(join(root, "node_modules", ".bin", "turbo"), ["run", "build", "--output-logs=errors-only", ...filters], {
        cwd: root,
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
        maxBuffer: 64 << 20,
      }).then(() => ""),
    );
    if (!ok) throw new Error("build failed");
  }

  const tarballs = {};
  if (option("--pack-dir")) {
    for (const { pkg } of publishable) {
      const prefix = `${pkg.name.replace(/^@/, "").replace("/", "-")}-`;
      const file = readdirSync(packDir).find((f) => f.startsWith(prefix) && f.endsWith(".tgz"));
      if (!file) {
        record(false, `tarball of ${pkg.name} in ${packDir}`, "not found");
        continue;
      }
      tarballs[pkg.name] = join(packDir, file);
      await step(`${file}: LICENSE, "files", exports, main, types and bin are in the tarball, no tests`, async () => {
        const problems = checkPackedFiles(pkg, await tarballFiles(tarballs[pkg.name]));
        if (problems.length) throw new Error(problems.join("\n"));
      });
    }
  } else {
    mkdirSync(packDir);
    for (const { dir, pkg } of publishable) {
      await step(`npm pack ${pkg.name}: LICENSE, "files", exports, main, types and bin are in the tarball, no tests`, async () => {
        const packed = await packOne(dir, packDir, cleanEnv());
        tarballs[pkg.name] = packed.path;
        const problems = checkPackedFiles(pkg, packed.files);
        if (problems.length) throw new Error(problems.join("\n"));
        return `${packed.files.length} files, ${Math.round(packed.size / 1024)} kB packed`;
      });
    }
  }

  const app = join(project, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "c8rest-tarball-consumer", private: true, version: "1.0.0" }, null, 2));
  cpSync(join(root, "scripts", "tarball", "consumer"), app, { recursive: true });
  const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const pin = (name) => `${name}@${rootPkg.devDependencies[name]}`;
  const installed = await step("npm install the tarballs into a fresh project outside the workspace", async () => {
    await npmInstall(app, [...Object.values(tarballs), pin("typescript"), pin("@types/node")]);
    // Every @c8rest package comes from its tarball, is a real folder (no link) and is not installed twice.
    const problems = [];
    for (const { pkg } of publishable) {
      const at = join(app, "node_modules", pkg.name);
      if (!existsSync(at)) problems.push(`${pkg.name} is not installed`);
      else if (lstatSync(at).isSymbolicLink()) problems.push(`${pkg.name} is a symlink`);
      else if (JSON.parse(readFileSync(join(at, "package.json"), "utf8")).version !== pkg.version) problems.push(`${pkg.name} has another version`);
      const nested = join(app, "node_modules", pkg.name, "node_modules", "@c8rest");
      if (existsSync(nested)) problems.push(`${pkg.name} has its own copy of ${readdirSync(nested).join(", ")}: a dependency range does not match`);
    }
    // No dependency may point back into the workspace (a link or a file: spec outside the tarball folder).
    const lock = JSON.parse(readFileSync(join(app, "package-lock.json"), "utf8"));
    for (const [where, entry] of Object.entries(lock.packages ?? {})) {
      if (!where) continue;
      if (entry.link) problems.push(`${where} is a link to ${entry.resolved}`);
      else if (entry.resolved?.startsWith("file:") && !resolve(app, entry.resolved.slice(5)).startsWith(resolve(packDir))) {
        problems.push(`${where} resolves to ${entry.resolved}, outside the tarball folder`);
      }
    }
    if (problems.length) throw new Error(problems.join("\n"));
  });
  if (!installed) throw new Error("install failed");

  // strict with skipLibCheck false: our .d.ts files must compile on their own; then @tsconfig/strictest-like
  // settings (exactOptionalPropertyTypes, ...), also with skipLibCheck false.
  for (const [config, what] of [
    ["tsconfig.json", "strict, skipLibCheck false"],
    ["tsconfig.strictest.json", "strictest: exactOptionalPropertyTypes, noPropertyAccessFromIndexSignature"],
  ]) {
    await step(`tsc ${what}: ESM (esm.mts, worker.mts) and CJS (cjs.cts) consumers, module nodenext`, () =>
      exec(process.execPath, [join(app, "node_modules", "typescript", "bin", "tsc"), "-p", config], { cwd: app, env: cleanEnv() }).then(() => ""),
    );
  }

  // Each package alone (with only its own @c8rest dependencies): a dependency that a sibling package happens to
  // bring along (e.g. openapi-fetch) must be declared by every package that imports it.
  for (const { pkg } of publishable) {
    const alone = join(project, `alone-${pkg.name.split("/")[1]}`);
    mkdirSync(alone);
    writeFileSync(join(alone, "package.json"), JSON.stringify({ name: "c8rest-tarball-alone", private: true, version: "1.0.0" }));
    const wanted = internalClosure(pkg.name).map((n) => tarballs[n]).filter(Boolean);
    const ok = await step(`npm install ${pkg.name} alone`, () => npmInstall(alone, wanted).then(() => ""));
    if (!ok) continue;
    // every entry point: "." and each subpath export such as "./tls"
    const entries = Object.keys(pkg.exports ?? { ".": null })
      .filter((k) => !k.includes("*") && !k.endsWith(".json"))
      .map((k) => (k === "." ? pkg.name : `${pkg.name}/${k.slice(2)}`));
    const list = JSON.stringify(entries);
    for (const [kind, code] of [
      ["require()", `for (const e of ${list}) { const m = require(e); if (!Object.keys(m).length) throw new Error(e + ": no exports"); }`],
      ["import()", `for (const e of ${list}) { const m = await import(e); if (!Object.keys(m).length) throw new Error(e + ": no exports"); }`],
    ]) {
      const inputType = kind === "import()" ? "module" : "commonjs";
      await step(`${kind} ${entries.join(", ")} load with only the declared dependencies`, () =>
        exec(process.execPath, [`--input-type=${inputType}`, "-e", code], { cwd: alone, env: cleanEnv() }).then(() => ""),
      );
    }
  }

  servers = await startServers();
  const consumerEnv = cleanEnv({
    ZEEBE_REST_ADDRESS: servers.restAddress,
    ZEEBE_CLIENT_ID: CLIENT_ID,
    ZEEBE_CLIENT_SECRET: CLIENT_SECRET,
    ZEEBE_AUTHORIZATION_SERVER_URL: servers.tokenUrl,
  });
  for (const [label, file, expected] of [
    ["ESM consumer (oauthMiddleware)", "dist/esm.mjs", { module: "esm", camundaVersion: pinnedVersion }],
    ["CJS consumer (authFromEnv)", "dist/cjs.cjs", { module: "cjs", isCommonJs: true }],
  ]) {
    await step(`${label}: GET /v2/topology through OAuth on the local servers`, async () => {
      const before = { ...servers.stats };
      const { stdout } = await exec(process.execPath, [file], { cwd: app, env: consumerEnv, timeout: 30_000 });
      const out = JSON.parse(stdout.trim().split("\n").pop());
      const want = { clusterSize: TOPOLOGY.clusterSize, host: TOPOLOGY.brokers[0].host, path: "/topology", ...expected };
      for (const [k, v] of Object.entries(want)) if (out[k] !== v) throw new Error(`${k}: got ${JSON.stringify(out[k])}, want ${JSON.stringify(v)}`);
      if (servers.stats.tokens <= before.tokens) throw new Error("no token was requested from the token endpoint");
      if (servers.stats.apiCalls <= before.apiCalls) throw new Error("the API was not called with a valid token");
      return stdout.trim();
    });
  }

  await step("worker consumer (@c8rest/worker): completes jobs on a local fake job server, then stops", async () => {
    const jobs = await startFakeJobServer();
    try {
      const keys = jobs.addJobs(5, { type: "tarball-job", variables: (i) => ({ n: i + 1 }) });
      const { stdout } = await exec(process.execPath, ["dist/worker.mjs"], { cwd: app, env: cleanEnv({ ZEEBE_REST_ADDRESS: jobs.url, JOBS: "5" }), timeout: 30_000 });
      const out = JSON.parse(stdout.trim().split("\n").pop());
      if (out.completed !== 5 || out.state !== "stopped") throw new Error(`printed ${stdout.trim()}`);
      const bodies = keys.map((k) => jobs.jobs.get(k).settlements.map((s) => s.body.variables?.doubled));
      if (JSON.stringify(bodies) !== JSON.stringify([[2], [4], [6], [8], [10]])) throw new Error(`settlements ${JSON.stringify(bodies)}`);
      return stdout.trim();
    } finally {
      await jobs.close();
    }
  });

  if (publishable.some((p) => p.pkg.name === "@c8rest/mock-cluster")) {
    await step("installed npx c8rest-mock --print-env: the ESM consumer gets a token and calls topology through it", async () => {
      const mock = spawn("npx", ["c8rest-mock", "--port", "0", "--oauth-port", "0", "--print-env"], {
        cwd: app,
        env: cleanEnv(),
        stdio: ["ignore", "pipe", "pipe"],
      });
      const exited = new Promise((resolve) => mock.once("exit", resolve));
      try {
        const env = await readPrintedEnv(mock, exited);
        const zeebe = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith("ZEEBE_")));
        const { stdout } = await exec(process.execPath, ["dist/esm.mjs"], { cwd: app, env: cleanEnv(zeebe), timeout: 60_000 });
        const out = JSON.parse(stdout.trim().split("\n").pop());
        if (out.module !== "esm" || out.clusterSize !== 1 || out.camundaVersion !== pinnedVersion) throw new Error(`unexpected topology: ${stdout}`);
        return `${Object.keys(env).length} variables printed; ${stdout.trim()}`;
      } finally {
        mock.kill("SIGTERM");
        await exited;
      }
    });
  }

  const cli = publishable.find((p) => p.pkg.name === "@c8rest/cli-smoke");
  const bin = cli && (typeof cli.pkg.bin === "string" ? { [cli.pkg.name.split("/")[1]]: cli.pkg.bin } : cli.pkg.bin);
  if (!bin?.["c8rest-smoke"]) {
    record(false, "c8rest-smoke --help / --version", "@c8rest/cli-smoke declares no bin named c8rest-smoke");
  } else {
    const exe = join(app, "node_modules", ".bin", "c8rest-smoke");
    await step("installed c8rest-smoke --help", async () => {
      const { stdout, stderr } = await exec(exe, ["--help"], { cwd: app, env: cleanEnv(), timeout: 30_000 });
      if (!/c8rest-smoke/.test(stdout + stderr) || !/usage/i.test(stdout + stderr)) throw new Error(`no usage text:\n${stdout}${stderr}`);
    });
    await step("installed c8rest-smoke --version prints the package version", async () => {
      const { stdout } = await exec(exe, ["--version"], { cwd: app, env: cleanEnv(), timeout: 30_000 });
      if (!stdout.includes(cli.pkg.version)) throw new Error(`printed ${JSON.stringify(stdout.trim())}, want ${cli.pkg.version}`);
      return stdout.trim();
    });
    await step("installed c8rest-smoke against the local servers: token, topology, status, exit 0", async () => {
      const before = { ...servers.stats };
      const { stdout } = await exec(exe, ["--json"], { cwd: app, env: consumerEnv, timeout: 30_000 });
      if (servers.stats.tokens <= before.tokens || servers.stats.apiCalls < before.apiCalls + 2) {
        throw new Error(`expected a token and two API calls, saw ${JSON.stringify(servers.stats)}\n${stdout}`);
      }
      if (stdout.includes(CLIENT_SECRET)) throw new Error("the client secret appears in the output");
    });
  }
} catch (e) {
  if (!results.some((r) => !r.ok)) record(false, "tarball test", e.stack ?? String(e));
} finally {
  await servers?.close();
  if (flag("--keep")) {
    keepTempDir(project);
    console.log(`kept ${project}`);
  } else {
    removeTempDir(project);
  }
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`tarball test took ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`tarballs: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
