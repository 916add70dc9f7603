#!/usr/bin/env node
// The c8rest-smoke executable (built with a shebang into dist/cli.mjs).
import { runCli } from "./main.js";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
});
process.exitCode = code;
