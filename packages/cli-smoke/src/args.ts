// Command line of c8rest-smoke: `c8rest-smoke [config] [flags]`.
import { parseArgs } from "node:util";
import { UsageError } from "./exit-codes.js";

/** The parsed command line. */
export interface CliArgs {
  command: "run" | "config";
  address?: string;
  clientId?: string;
  tokenUrl?: string;
  audience?: string;
  scope?: string;
  /** Read the client secret from stdin (the secret is never taken from a flag's value). */
  secretFromStdin: boolean;
  /** Per-step time limit in milliseconds. */
  timeoutMs: number;
  json: boolean;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

/** Default time limit of each step. */
export const DEFAULT_TIMEOUT_MS = 10_000;

const SECRET_FLAGS = ["--client-secret", "--secret", "--password", "--token"];

/**
 * Parses `argv` (without node and the script). Unknown flags, a missing flag value and a secret passed as a flag
 * throw {@link UsageError}; the rejected secret is never echoed.
 *
 * @example
 * parseCliArgs(["--address", "http://localhost:8080", "--json"]).json; // true
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  for (const arg of argv) {
    const flag = arg.split("=")[0]!;
    if (SECRET_FLAGS.includes(flag)) {
      throw new UsageError(
        flag,
        `${flag} is not accepted: a secret in a flag ends up in the process list and the shell history. ` +
          `Set ZEEBE_CLIENT_SECRET, or pipe it in with --client-secret-stdin.`,
      );
    }
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        address: { type: "string" },
        "client-id": { type: "string" },
        "token-url": { type: "string" },
        audience: { type: "string" },
        scope: { type: "string" },
        "client-secret-stdin": { type: "boolean", default: false },
        timeout: { type: "string" },
        json: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    // parseArgs' messages name the flag only, never a value.
    const message = (error instanceof Error ? error.message : String(error)).split(/\n|\. To specify/)[0]!;
    throw new UsageError("arguments", `${message}. See c8rest-smoke --help.`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== "config")) {
    // The value is never echoed: it may be a secret typed in the wrong place (e.g. after --client-secret-stdin).
    const what = positionals.length > 1 ? `${positionals.length} arguments` : "an unknown command";
    throw new UsageError("command", `got ${what} (not shown, in case it is a secret): the only command is "config". See --help.`);
  }
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (values.timeout !== undefined) {
    timeoutMs = Number(values.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 600_000) {
      throw new UsageError("--timeout", "--timeout must be a whole number of milliseconds from 1 to 600000, e.g. --timeout 5000.");
    }
  }
  const args: CliArgs = {
    command: positionals[0] === "config" ? "config" : "run",
    secretFromStdin: values["client-secret-stdin"] === true,
    timeoutMs,
    json: values.json === true,
    verbose: values.verbose === true,
    help: values.help === true,
    version: values.version === true,
  };
  if (values.address !== undefined) args.address = values.address;
  if (values["client-id"] !== undefined) args.clientId = values["client-id"];
  if (values["token-url"] !== undefined) args.tokenUrl = values["token-url"];
  if (values.audience !== undefined) args.audience = values.audience;
  if (values.scope !== undefined) args.scope = values.scope;
  return args;
}
