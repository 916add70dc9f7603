#!/usr/bin/env node
// `npm run smoke`: starts a mock cluster (@c8rest/mock-cluster), runs the built c8rest-smoke against it, stops it,
// and says where the cluster ran and how to keep one up.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startMockCluster } from "@c8rest/mock-cluster";

const CLI = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));

async function main() {
  const started = performance.now();
  const cluster = await startMockCluster();
  const vars = Object.entries(cluster.env)
    .filter(([name]) => name.startsWith("ZEEBE_") && name !== "ZEEBE_CLIENT_SECRET")
    .map(([name, value]) => `${name}=${value}`);
  process.stderr.write(
    `mock cluster (@c8rest/mock-cluster) up in ${Math.round(performance.now() - started)} ms: ` +
      `API ${cluster.address}/v2, OAuth ${cluster.tokenUrl}\n` +
      `running c8rest-smoke with ${vars.join(" ")} ZEEBE_CLIENT_SECRET=<demo secret>\n\n`,
  );
  try {
    const child = spawn(process.execPath, [CLI, ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, ...cluster.env } });
    return await new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
  } finally {
    await cluster.stop();
    process.stderr.write(
      `\nthe mock cluster at ${cluster.address} is stopped. To keep one up (API on 8080, OAuth on 18080) and point ` +
        `your app or c8rest-smoke at it: npm run mock -- --write-env .env.mock, then set -a; . ./.env.mock; set +a\n`,
    );
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`smoke: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
