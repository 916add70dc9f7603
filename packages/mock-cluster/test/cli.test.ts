// c8rest-mock as a user runs it: flags, the variables it prints and writes, and that it ends with everything it
// started (Prism included) however it was launched and however its launcher ends. Processes are found in the
// test's own process tree (/proc children), never by scanning every process by name.
import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { makeTempDir, removeTempDir } from "../../../config/temp-dir.mjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { descendantsOf, waitUntilGone } from "./support/process-tree.js";
import { CLI_FILE, childEnv, startCli, type Launcher, type RunningCli } from "./support/run-cli.js";

const run = promisify(execFile);
const FREE_PORTS = ["--port", "0", "--oauth-port", "0"];
let dir: string;
let running: RunningCli | undefined;

beforeEach(async () => {
  dir = makeTempDir("c8rest-test-cli-");
});

afterEach(async () => {
  if (running?.child.exitCode === null && running.child.signalCode === null) running.child.kill("SIGKILL");
  running = undefined;
  removeTempDir(dir);
});

describe("c8rest-mock flags", () => {
  it("--help and --version", async () => {
    expect((await run(process.execPath, [CLI_FILE, "--help"])).stdout).toMatch(/^usage: c8rest-mock \[options\]/);
    const { version } = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect((await run(process.execPath, [CLI_FILE, "--version"])).stdout.trim()).toBe(version);
  });

  it.each([
    [["--port", "http"], /^c8rest-mock: --port must be a port from 0 to 65535, got "http"\./],
    [["--oauth-port"], /--oauth-port needs a value/],
    [["my-secret-value"], /^c8rest-mock: unexpected argument \(see c8rest-mock --help\)\.\n$/],
  ])("%j is refused with exit code 2 and says what to fix", async (args, message) => {
    const failed = await run(process.execPath, [CLI_FILE, ...args]).then(() => undefined, (e: { code: number; stderr: string }) => e);
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(message);
    expect(failed?.stderr).not.toContain("my-secret-value");
  });
});

describe("c8rest-mock --print-env --write-env", () => {
  it("prints and writes the variables; with them a program gets a token and calls the API", async () => {
    running = await startCli("node", [...FREE_PORTS, "--print-env", "--write-env", ".env.mock"], dir);
    const env = await running.env;
    expect(Object.keys(env)).toContain("CAMUNDA_REST_ADDRESS");
    expect(await readFile(join(dir, ".env.mock"), "utf8")).toBe(running.stdout());
    expect((await stat(join(dir, ".env.mock"))).mode & 0o777).toBe(0o600);
    expect(running.stderr()).toContain(`API ${env["ZEEBE_REST_ADDRESS"]}/v2`);
    expect(running.stderr()).not.toContain(env["ZEEBE_CLIENT_SECRET"]);
    const grant = await fetch(env["CAMUNDA_OAUTH_URL"]!, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: env["CAMUNDA_CLIENT_ID"]!,
        client_secret: env["CAMUNDA_CLIENT_SECRET"]!,
        audience: env["CAMUNDA_TOKEN_AUDIENCE"]!,
      }),
    });
    const { access_token: token } = (await grant.json()) as { access_token: string };
    const topology = await fetch(`${env["CAMUNDA_REST_ADDRESS"]}/v2/topology`, { headers: { authorization: `Bearer ${token}` } });
    expect(topology.status).toBe(200);
  });
});

describe("c8rest-mock ends with everything it started", () => {
  // [how it is launched, the signal its launcher gets]: the launcher is node itself, a shell or npm.
  const cases: [Launcher, NodeJS.Signals][] = [
    ["node", "SIGINT"],
    ["node", "SIGTERM"],
    ["node", "SIGHUP"],
    ["sh", "SIGKILL"],
    ["sh", "SIGTERM"],
    ["npm", "SIGTERM"],
    ["npm", "SIGKILL"],
  ];
  it.each(cases)("launched by %s, the launcher gets %s", async (launcher, signal) => {
    running = await startCli(launcher, [...FREE_PORTS, "--print-env"], dir);
    await running.env;
    const tree = descendantsOf(running.child.pid!);
    // node: Prism (and its children); sh/npm: c8rest-mock too
    expect(tree.length).toBeGreaterThanOrEqual(launcher === "node" ? 1 : 2);
    running.child.kill(signal);
    await running.exited;
    expect(await waitUntilGone(tree), `still running after the launcher got ${signal}`).toEqual([]);
    if (launcher === "node") expect(running.stderr()).toContain(`got ${signal}, stopping`);
  });
});

describe("childEnv", () => {
  it("keeps npm's variables of the test run out of the launched npm", () => {
    expect(Object.keys(childEnv()).filter((k) => k.startsWith("npm_"))).toEqual([]);
  });
});
