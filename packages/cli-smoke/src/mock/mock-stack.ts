// The local mock stack: Prism on the derived mock spec + a local OAuth server, started and stopped together.
import { rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { onProcessEnd } from "./cleanup.js";
import { deriveMockSpecFile, DEFAULT_SPEC_FILE } from "./derive-mock-spec.js";
import { DEMO_AUDIENCE, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, startOAuthServer, type OAuthServer } from "./oauth-server.js";
import { startPrism, type PrismServer } from "./prism-server.js";

/** The variables a user sets to point a c8rest client (or `c8rest-smoke`) at the stack. */
export interface MockStackEnv {
  ZEEBE_REST_ADDRESS: string;
  ZEEBE_CLIENT_ID: string;
  ZEEBE_CLIENT_SECRET: string;
  ZEEBE_AUTHORIZATION_SERVER_URL: string;
  ZEEBE_TOKEN_AUDIENCE: string;
  CAMUNDA_AUTH_STRATEGY: "OAUTH";
}

/** A running mock stack. */
export interface MockStack {
  /** The cluster address (`http://127.0.0.1:<port>`); the API is served under `/v2` like a real cluster. */
  readonly apiAddress: string;
  /** The OAuth token endpoint. */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly audience: string;
  /** The environment a user would set, as `@c8rest/auth`'s `readAuthConfig` reads it. */
  readonly env: MockStackEnv;
  /** Milliseconds Prism took from spawn to listening. */
  readonly prismStartupMs: number;
  /** Process id of Prism (the leader of its process group). */
  readonly prismPid: number;
  /** Stops both servers and removes the derived spec. Safe to call twice. */
  stop(): Promise<void>;
}

/** Options of {@link startMockStack}. */
export interface StartMockStackOptions {
  /** The spec to derive the mock spec from (default: the repository's `spec/camunda-rest-api.yaml`). */
  specFile?: string;
  /** Time limit for each server to come up, in milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Receives Prism's log lines. */
  onPrismLog?: (line: string) => void;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not start within ${ms} ms.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts Prism 5.14.2 on a mock spec derived from the repository's spec (see `deriveMockSpec`) and a local OAuth
 * server (oidc-provider) for a fixed demo client, both on 127.0.0.1 with ports chosen by the OS, and returns their
 * addresses and the variables a user would set. If either server fails to come up in time, the other one is
 * stopped and the error names the server. The servers are also stopped when the process exits or is interrupted.
 *
 * @example
 * const stack = await startMockStack();
 * const client = createCamundaClient({ baseUrl: stack.apiAddress, middleware: [authFromEnv(stack.env)] });
 * await client.GET("/topology");
 * await stack.stop();
 */
export async function startMockStack(options: StartMockStackOptions = {}): Promise<MockStack> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const { file, dir } = await deriveMockSpecFile(options.specFile ?? DEFAULT_SPEC_FILE);
  // The derived spec goes away with the stack, also when the process is interrupted.
  const forgetDir = onProcessEnd(() => rmSync(dir, { recursive: true, force: true }));
  const prismStart = startPrism({ specFile: file, timeoutMs, ...(options.onPrismLog ? { onLog: options.onPrismLog } : {}) });
  const oauthRaw = startOAuthServer();
  const oauthStart = withTimeout(oauthRaw, timeoutMs, "The local OAuth server (oidc-provider)");
  const [prism, oauth] = await Promise.allSettled([prismStart, oauthStart]);
  if (prism.status === "rejected" || oauth.status === "rejected") {
    // Stop whichever did come up (a late OAuth server too), then report the first failure.
    if (prism.status === "fulfilled") await prism.value.stop();
    if (oauth.status === "fulfilled") await oauth.value.stop();
    else void oauthRaw.then((late) => late.stop(), () => undefined);
    await rm(dir, { recursive: true, force: true });
    forgetDir();
    throw prism.status === "rejected" ? prism.reason : (oauth as PromiseRejectedResult).reason;
  }
  return assemble(prism.value, oauth.value, dir, forgetDir);
}

function assemble(prism: PrismServer, oauth: OAuthServer, dir: string, forgetDir: () => void): MockStack {
  let stopping: Promise<void> | undefined;
  const env: MockStackEnv = {
    ZEEBE_REST_ADDRESS: prism.url,
    ZEEBE_CLIENT_ID: DEMO_CLIENT_ID,
    ZEEBE_CLIENT_SECRET: DEMO_CLIENT_SECRET,
    ZEEBE_AUTHORIZATION_SERVER_URL: oauth.tokenUrl,
    ZEEBE_TOKEN_AUDIENCE: DEMO_AUDIENCE,
    CAMUNDA_AUTH_STRATEGY: "OAUTH",
  };
  return {
    apiAddress: prism.url,
    tokenUrl: oauth.tokenUrl,
    clientId: DEMO_CLIENT_ID,
    clientSecret: DEMO_CLIENT_SECRET,
    audience: DEMO_AUDIENCE,
    env,
    prismStartupMs: prism.startupMs,
    prismPid: prism.pid,
    stop() {
      stopping ??= Promise.all([prism.stop(), oauth.stop()])
        .then(() => rm(dir, { recursive: true, force: true }))
        .then(forgetDir);
      return stopping;
    },
  };
}
