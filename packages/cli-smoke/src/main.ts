// c8rest-smoke's main function: arguments -> configuration -> steps -> output and exit code.
import packageJson from "../package.json" with { type: "json" };
import { parseCliArgs, type CliArgs } from "./args.js";
import { describeConfig, describeIncompleteConfig, resolveSmokeConfig, type SmokeConfig } from "./config.js";
import { classifyError, EXIT_CODES, UsageError, type ExitCode } from "./exit-codes.js";
import { helpText } from "./help.js";
import { createOutputMask, type OutputMask } from "./output-mask.js";
import { choosePaint, renderConfig, renderStep } from "./render.js";
import { runSmoke, type SmokeReport, type StepResult } from "./steps.js";

/** The version of this package. */
export const CLI_VERSION: string = packageJson.version;

/** What the CLI reads and writes; the bin passes the process's own. */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** All of stdin as text (only read for `--client-secret-stdin`). */
  readStdin: () => Promise<string>;
}

function errorLines(message: string, hint: string, error: unknown, verbose: boolean, mask: OutputMask): string {
  const stack = verbose && error instanceof Error && error.stack ? `${mask.mask(error.stack)}\n` : "";
  return `error: ${message}\nhint: ${hint}\n${stack}`;
}

function summarizeConfig(config: SmokeConfig): string {
  const { auth } = config;
  const parts = [`auth ${auth.strategy.value}`];
  if (auth.oauth) {
    parts.push(`client ${auth.oauth.clientId.value}`, `token URL ${auth.oauth.tokenUrl.value}`);
    if (auth.oauth.audience) parts.push(`audience ${auth.oauth.audience.value}`);
  }
  return parts.join(", ");
}

async function readSecret(args: CliArgs, io: CliIo, mask: OutputMask): Promise<string | undefined> {
  if (!args.secretFromStdin) return undefined;
  const secret = (await io.readStdin()).replace(/\r?\n$/, "");
  mask.add(secret);
  if (secret === "") throw new UsageError("--client-secret-stdin", "--client-secret-stdin got nothing on stdin: pipe the secret in, e.g. from your secret store.");
  return secret;
}

/**
 * `c8rest-smoke config` with a configuration that does not resolve: the table of what is set, a row per missing or
 * invalid setting, the first problem as the error; exit code 2 (configuration).
 */
function printIncompleteConfig(args: CliArgs, io: CliIo, stdinSecret: string | undefined, error: unknown, mask: OutputMask): ExitCode {
  const { rows, problems } = describeIncompleteConfig(args, io.env, stdinSecret);
  const failure = classifyError(error, mask.mask);
  const table = [...rows, ...problems.map((p) => ({ setting: p.setting, value: `(${p.state})`, source: "-" }))];
  if (args.json) {
    io.stdout.write(`${JSON.stringify({ ok: false, exitCode: failure.exitCode, config: rows, problems }, null, 2)}\n`);
  } else {
    io.stdout.write(`${renderConfig(table).join("\n")}\n`);
    for (const p of problems) io.stderr.write(`error: ${p.message}\n`);
    io.stderr.write(`hint: ${failure.hint}\n`);
  }
  return failure.exitCode;
}

/**
 * Runs `c8rest-smoke` with `argv` (without node and the script) and returns the exit code (see `EXIT_CODES`).
 * Prints to `io.stdout`/`io.stderr`; never prints a secret or token.
 *
 * @example
 * const code = await runCli(["--json"], { env: process.env, stdout: process.stdout, stderr: process.stderr,
 *   readStdin: async () => "" });
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<ExitCode> {
  // Every line printed passes the mask, a last guard behind the masking done where messages are made.
  const mask = createOutputMask(rawIo.env);
  const guarded = (stream: CliIo["stdout"]): CliIo["stdout"] => ({ write: (text) => stream.write(mask.mask(text)), isTTY: stream.isTTY });
  const io: CliIo = { ...rawIo, stdout: guarded(rawIo.stdout), stderr: guarded(rawIo.stderr) };
  const wantsJson = argv.includes("--json");
  const fail = (error: unknown, verbose: boolean): ExitCode => {
    const failure = classifyError(error, mask.mask);
    if (wantsJson) {
      const code = (error as { code?: unknown })?.code;
      const step: StepResult = {
        name: "config",
        status: "failed",
        durationMs: 0,
        summary: failure.message,
        error: { ...(typeof code === "string" ? { code } : {}), message: failure.message, hint: failure.hint },
      };
      const report: SmokeReport = { ok: false, exitCode: failure.exitCode, steps: [step] };
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      io.stderr.write(errorLines(failure.message, failure.hint, error, verbose, mask));
    }
    return failure.exitCode;
  };

  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    return fail(error, false);
  }
  if (args.help) {
    io.stdout.write(helpText(CLI_VERSION));
    return EXIT_CODES.OK;
  }
  if (args.version) {
    io.stdout.write(`${CLI_VERSION}\n`);
    return EXIT_CODES.OK;
  }

  let config: SmokeConfig;
  const configStart = performance.now();
  let stdinSecret: string | undefined;
  try {
    stdinSecret = await readSecret(args, io, mask);
    config = resolveSmokeConfig(args, io.env, stdinSecret);
  } catch (error) {
    if (args.command === "config" && !(error instanceof UsageError && error.setting === "--client-secret-stdin")) {
      return printIncompleteConfig(args, io, stdinSecret, error, mask);
    }
    return fail(error, args.verbose);
  }
  const configStep: StepResult = {
    name: "config",
    status: "ok",
    durationMs: Math.round(performance.now() - configStart),
    summary: summarizeConfig(config),
    data: Object.fromEntries(describeConfig(config).map((r) => [r.setting, { value: r.value, source: r.source }])),
  };

  if (args.command === "config") {
    const rows = describeConfig(config);
    io.stdout.write(args.json ? `${JSON.stringify({ config: rows }, null, 2)}\n` : `${renderConfig(rows).join("\n")}\n`);
    return EXIT_CODES.OK;
  }

  const paint = choosePaint(io.stdout, io.env);
  const started = performance.now();
  if (!args.json) {
    io.stdout.write(`${paint.bold(`c8rest-smoke ${CLI_VERSION}`)} against ${config.address.value}\n`);
    io.stdout.write(`${renderStep(configStep, paint).join("\n")}\n`);
  }
  let lastError: unknown;
  const report = await runSmoke(config, {
    timeoutMs: args.timeoutMs,
    mask,
    onStep: (step) => {
      if (!args.json) io.stdout.write(`${renderStep(step, paint).join("\n")}\n`);
    },
    onError: (_step, error) => {
      lastError = error;
    },
  });
  report.steps.unshift(configStep);
  if (args.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return report.exitCode;
  }
  const total = Math.round(performance.now() - started);
  const failed = report.steps.find((s) => s.status === "failed");
  if (failed?.error) {
    io.stderr.write(errorLines(`${failed.name} failed: ${failed.error.message}`, failed.error.hint, lastError, args.verbose, mask));
  } else {
    io.stdout.write(`${paint.green("all checks passed")} in ${total} ms\n`);
  }
  return report.exitCode;
}
