#!/usr/bin/env node
// c8rest-mock: the mock cluster as a command, for an app's CI and local development.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseCliArgs, USAGE } from "./cli-args.js";
import { formatEnvFile } from "./env.js";
import { watchParents } from "./parent-watch.js";
import { startMockCluster, type MockCluster } from "./start-mock-cluster.js";
import { describeViolations } from "./front-server.js";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

function fail(message: string, code: number): never {
  process.stderr.write(`c8rest-mock: ${message}\n`);
  process.exit(code);
}

let options;
try {
  options = parseCliArgs(process.argv.slice(2));
} catch (error) {
  fail((error as Error).message, 2);
}
if (options.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (options.version) {
  process.stdout.write(`${version}\n`);
  process.exit(0);
}

let cluster: MockCluster | undefined;
let stopping = false;
// Stops the servers and exits; also before the cluster is up (Prism is then killed by its own cleanup).
function shutdown(why: string): void {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`c8rest-mock: ${why}, stopping\n`);
  const done = (): never => process.exit(0);
  if (cluster) void cluster.stop().then(done, done);
  else done();
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => shutdown(`got ${signal}`));
watchParents(() => shutdown("the process that started it has exited"));

try {
  cluster = await startMockCluster({
    port: options.port,
    oauthPort: options.oauthPort,
    host: options.host,
    ...(options.spec ? { spec: options.spec } : {}),
    ...(options.tokenLifetimeSeconds ? { tokenLifetimeSeconds: options.tokenLifetimeSeconds } : {}),
    ...(options.clientId ? { clientId: options.clientId } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
    onViolations: (found) => process.stderr.write(`c8rest-mock: ${found[0]!.method} ${found[0]!.path} violates the spec: ${describeViolations(found)}\n`),
  });
} catch (error) {
  fail((error as Error).message, 1);
}
if (stopping) await new Promise(() => {}); // a signal came while starting: shutdown() exits
const env = cluster.env;
if (options.writeEnv) writeFileSync(options.writeEnv, formatEnvFile({ ...env }), { mode: 0o600 });
process.stderr.write(
  `c8rest-mock ${version}: API ${cluster.address}/v2, OAuth token endpoint ${cluster.tokenUrl}\n` +
    `client ${cluster.clientId}, audience ${cluster.audience}; ` +
    (options.writeEnv
      ? `variables written to ${options.writeEnv} (load them with: set -a; . ./${options.writeEnv.replace(/^\.\//, "")}; set +a)\n`
      : "print the variables with --print-env or write them with --write-env <file>\n") +
    `stops on Ctrl-C, SIGTERM or SIGHUP, and when the process that started it exits\n`,
);
if (options.printEnv) process.stdout.write(formatEnvFile({ ...env }));
