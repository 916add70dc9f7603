// The smoke run: token, GET /v2/topology, GET /v2/status, through @c8rest/client and @c8rest/auth as a user would.
import { authFromEnv, createOAuthTokenProvider, oauthMiddleware, type OAuthTokenProviderOptions } from "@c8rest/auth";
import { createFileTokenCache } from "@c8rest/auth/node";
import { createCamundaClient, unwrap, type Middleware, type Schema } from "@c8rest/client";
import { createTlsFetchFromEnv, needsTlsFetch, type TlsFetch } from "@c8rest/client/tls";
import type { SmokeConfig } from "./config.js";
import { classifyError, EXIT_CODES, isTimeoutReason, StepTimeoutError, type ExitCode, type FailureContext } from "./exit-codes.js";
import { createOutputMask, type OutputMask } from "./output-mask.js";

export type StepName = "config" | "token" | "topology" | "status";

/** The result of one step. `data` holds what the step found (never a secret or token). */
export interface StepResult {
  name: StepName;
  status: "ok" | "failed" | "skipped";
  durationMs: number;
  summary: string;
  data?: Record<string, unknown>;
  error?: { code?: string; message: string; hint: string };
}

/** The result of a whole run, as `--json` prints it. */
export interface SmokeReport {
  ok: boolean;
  exitCode: ExitCode;
  address?: string;
  steps: StepResult[];
}

/** Options of {@link runSmoke}. */
export interface RunSmokeOptions {
  /** Time limit of each step in milliseconds. */
  timeoutMs: number;
  /** Called after each step (the CLI prints it as it happens). */
  onStep?: (step: StepResult) => void;
  /** Called with the error of a failed step (for `--verbose`). */
  onError?: (step: StepName, error: unknown) => void;
  /** Learns every token and Authorization header the run uses and masks them in step messages. Default: a new one. */
  mask?: OutputMask;
}

type Topology = Schema<"TopologyResponse">;

function summarizeTopology(t: Topology): string {
  return `cluster size ${t.clusterSize}, ${t.partitionsCount} partition(s), replication factor ${t.replicationFactor}, gateway ${t.gatewayVersion}, ${t.brokers.length} broker(s)`;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; durationMs: number }> {
  const start = performance.now();
  const value = await run();
  return { value, durationMs: Math.round(performance.now() - start) };
}

/** One fetch for API calls and token requests when TLS or proxy variables are set (from `@c8rest/client/tls`). */
function transportFetch(env: SmokeConfig["env"]): TlsFetch | undefined {
  return needsTlsFetch(env) ? createTlsFetchFromEnv(env) : undefined;
}

/** The auth middleware for the resolved configuration, and for OAuth the provider whose token the run shows. */
function authFor(
  config: SmokeConfig,
  timeoutMs: number,
  fetch: TlsFetch | undefined,
): { middleware: Middleware; provider?: ReturnType<typeof createOAuthTokenProvider> } {
  const { oauth, allowInsecureHttp } = config.auth;
  if (!oauth) return { middleware: authFromEnv(config.env, fetch ? { fetch } : {}) };
  const options: OAuthTokenProviderOptions = {
    clientId: oauth.clientId.value,
    clientSecret: oauth.clientSecret.value,
    tokenUrl: oauth.tokenUrl.value,
    timeoutMs,
    allowInsecureHttp: allowInsecureHttp.value,
  };
  if (oauth.audience) options.audience = oauth.audience.value;
  if (oauth.scope) options.scope = oauth.scope.value;
  if (oauth.cacheDir) options.cache = createFileTokenCache(oauth.cacheDir.value);
  if (fetch) options.fetch = fetch;
  const provider = createOAuthTokenProvider(options);
  const middleware = oauthMiddleware(provider, { baseUrl: config.address.value, allowInsecureHttp: allowInsecureHttp.value });
  return { middleware, provider };
}

/**
 * Runs the smoke steps against the configured cluster and returns every step's result: an OAuth token (RFC 6749
 * §4.4 client credentials, via `@c8rest/auth`), `GET /v2/topology` and `GET /v2/status` (Camunda's Orchestration
 * Cluster API: https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/specifications/get-topology/).
 * Stops at the first failure; the remaining steps are reported as skipped. Never throws for an error of a step.
 *
 * @example
 * const report = await runSmoke(resolveSmokeConfig(args, process.env), { timeoutMs: 10_000 });
 * process.exitCode = report.exitCode;
 */
export async function runSmoke(config: SmokeConfig, options: RunSmokeOptions): Promise<SmokeReport> {
  const steps: StepResult[] = [];
  const report = (step: StepResult): void => {
    steps.push(step);
    options.onStep?.(step);
  };
  const { timeoutMs } = options;
  const mask = options.mask ?? createOutputMask(config.env);
  let exitCode: ExitCode = EXIT_CODES.OK;
  let auth: ReturnType<typeof authFor> | undefined;
  let fetch: TlsFetch | undefined;
  // Sends every attempt (a 401 replay too): learns the credential each one carries, so that no output can show it.
  const send = (request: Request): Promise<Response> => {
    mask.addAuthorization(request.headers.get("authorization"));
    return fetch ? fetch(request) : globalThis.fetch(request);
  };
  const client = (): ReturnType<typeof createCamundaClient> =>
    createCamundaClient({
      baseUrl: config.address.value,
      middleware: [auth!.middleware],
      fetch: send,
      ...(config.defaultTenantId ? { defaultTenantId: config.defaultTenantId.value } : {}),
    });

  const plan: Plan = [
    [
      "token",
      async (signal) => {
        fetch = transportFetch(config.env);
        auth = authFor(config, timeoutMs, fetch);
        if (!auth.provider) return { summary: `skipped: auth strategy ${config.auth.strategy.value} needs no token request` };
        const token = await auth.provider.getToken({ signal });
        mask.add(token.token);
        const expiresInSeconds = Math.max(0, Math.round((token.expiresAt - Date.now()) / 1000));
        return { summary: `${token.tokenType} token, expires in ${expiresInSeconds} s`, data: { tokenType: token.tokenType, expiresInSeconds } };
      },
    ],
    [
      "topology",
      async (signal) => {
        const data = unwrap(await client().GET("/topology", { signal }));
        return { summary: summarizeTopology(data), data: { ...data } };
      },
    ],
    [
      "status",
      async (signal) => {
        const result = await client().GET("/status", { signal });
        unwrap(result);
        return { summary: `healthy (HTTP ${result.response.status})`, data: { httpStatus: result.response.status } };
      },
    ],
  ];

  try {
    exitCode = await runSteps(plan, { timeoutMs, strategy: config.auth.strategy.value }, report, options.onError, mask);
  } finally {
    await fetch?.close();
  }
  return { ok: exitCode === EXIT_CODES.OK, exitCode, address: config.address.value, steps };
}

type Plan = [StepName, (signal: AbortSignal) => Promise<Omit<StepResult, "name" | "status" | "durationMs">>][];

/**
 * Runs the steps in order, each with its own `--timeout` signal (a step that runs out of time fails as a
 * {@link StepTimeoutError}, whatever the aborted call threw); after the first failure the rest are reported as
 * skipped. Returns the exit code.
 */
async function runSteps(
  plan: Plan,
  context: FailureContext & { timeoutMs: number },
  report: (step: StepResult) => void,
  onError: RunSmokeOptions["onError"],
  mask: OutputMask,
): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT_CODES.OK;
  for (const [name, run] of plan) {
    if (exitCode !== EXIT_CODES.OK) {
      report({ name, status: "skipped", durationMs: 0, summary: "skipped after the failure above" });
      continue;
    }
    const start = performance.now();
    const signal = AbortSignal.timeout(context.timeoutMs);
    try {
      const { value, durationMs } = await timed(() => run(signal));
      report({ name, status: value.summary.startsWith("skipped") ? "skipped" : "ok", durationMs, ...value });
    } catch (thrown) {
      const error = signal.aborted && isTimeoutReason(signal.reason) ? new StepTimeoutError(name, context.timeoutMs, thrown) : thrown;
      onError?.(name, error);
      const failure = classifyError(error, mask.mask, context);
      exitCode = failure.exitCode;
      const code = (error as { code?: unknown })?.code;
      report({
        name,
        status: "failed",
        durationMs: Math.round(performance.now() - start),
        summary: failure.message,
        error: { ...(typeof code === "string" ? { code } : {}), message: failure.message, hint: failure.hint },
      });
    }
  }
  return exitCode;
}
