// The options of `c8rest-mock`, parsed without a dependency; errors say which flag is wrong and how to fix it.

/** What `c8rest-mock` was asked to do. */
export interface CliOptions {
  port: number;
  oauthPort: number;
  host: string;
  writeEnv?: string;
  printEnv: boolean;
  spec?: string;
  tokenLifetimeSeconds?: number;
  clientId?: string;
  audience?: string;
  help: boolean;
  version: boolean;
}

/** The usage text of `c8rest-mock --help`. */
export const USAGE = `usage: c8rest-mock [options]

Runs a local mock of the Camunda 8 Orchestration Cluster API (/v2, Prism on the Camunda spec) and a local OAuth
server (client credentials) until Ctrl-C, SIGTERM or SIGHUP, or until the process that started it exits.

options:
  --port <n>             API port (default 8080; 0 picks a free one)
  --oauth-port <n>       OAuth server port (default 18080; 0 picks a free one)
  --host <address>       interface to listen on (default 127.0.0.1)
  --write-env <file>     write the variables to reach the cluster to <file> (dotenv: NAME=value lines), e.g.
                         .env.mock; then: set -a; . ./.env.mock; set +a
  --print-env            print the variables (NAME=value lines) on stdout once the cluster is up
  --spec <file>          serve another OpenAPI 3.0 spec (YAML or JSON) instead of the bundled Camunda spec
  --token-lifetime <s>   lifetime of issued tokens in seconds (default 300)
  --client-id <id>       OAuth client id (default c8rest-demo)
  --audience <aud>       audience tokens must be for (default zeebe-api)
  -h, --help             this text
  -v, --version          the version
`;

const NUMBERS = { "--port": "port", "--oauth-port": "oauthPort", "--token-lifetime": "tokenLifetimeSeconds" } as const;
const STRINGS = { "--host": "host", "--write-env": "writeEnv", "--spec": "spec", "--client-id": "clientId", "--audience": "audience" } as const;

/**
 * Parses the arguments (`--name value` or `--name=value`).
 *
 * @throws {Error} on an unknown flag, a missing value or a port out of range; the message names the flag.
 * @example
 * parseCliArgs(["--port", "8080", "--write-env", ".env.mock"]); // { port: 8080, writeEnv: ".env.mock", ... }
 */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { port: 8080, oauthPort: 18080, host: "127.0.0.1", printEnv: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    if (name === "-h" || name === "--help") options.help = true;
    else if (name === "-v" || name === "--version") options.version = true;
    else if (name === "--print-env") options.printEnv = true;
    else if (name in NUMBERS || name in STRINGS) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new Error(`${name} needs a value (see c8rest-mock --help).`);
      if (name in NUMBERS) {
        const n = Number(value);
        const isPort = name !== "--token-lifetime";
        if (!Number.isInteger(n) || n < (isPort ? 0 : 1) || n > (isPort ? 65535 : 86_400)) {
          throw new Error(`${name} must be ${isPort ? "a port from 0 to 65535" : "a number of seconds from 1 to 86400"}, got ${JSON.stringify(value)}.`);
        }
        options[NUMBERS[name as keyof typeof NUMBERS]] = n;
      } else {
        options[STRINGS[name as keyof typeof STRINGS]] = value;
      }
    } else if (name === "--env-file") {
      throw new Error("--env-file is Node's own option: use --write-env <file> to write the variables to a file.");
    } else {
      // Never echo a bare argument: it could be a secret pasted in the wrong place.
      throw new Error(`${raw.startsWith("-") ? `unknown option ${name}` : "unexpected argument"} (see c8rest-mock --help).`);
    }
  }
  return options;
}
