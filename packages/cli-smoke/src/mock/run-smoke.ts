// `npm run smoke`: start the local mock stack, run the built c8rest-smoke against it, stop the stack.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startMockStack } from "./mock-stack.js";

// dist/mock/run-smoke.mjs -> dist/cli.mjs (this file only runs from dist/, after the build).
const CLI = fileURLToPath(new URL("../cli.mjs", import.meta.url));

async function main(): Promise<number> {
  const started = performance.now();
  const stack = await startMockStack();
  const vars = Object.entries(stack.env)
    .filter(([name]) => name !== "ZEEBE_CLIENT_SECRET")
    .map(([name, value]) => `${name}=${value}`);
  process.stderr.write(
    `mock stack up in ${Math.round(performance.now() - started)} ms (Prism ${stack.prismStartupMs} ms): ` +
      `Prism ${stack.apiAddress}, OAuth ${stack.tokenUrl}\n` +
      `running c8rest-smoke with ${vars.join(" ")} ZEEBE_CLIENT_SECRET=<demo secret>\n\n`,
  );
  try {
    const child = spawn(process.execPath, [CLI, ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, ...stack.env },
    });
    return await new Promise<number>((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
  } finally {
    await stack.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`smoke: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
