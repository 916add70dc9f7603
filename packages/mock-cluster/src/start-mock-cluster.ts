// The mock cluster: Prism on the derived mock spec behind a front server that checks tokens, plus a local OAuth
// server; started and stopped together.
import { loadMockSpec } from "./derive-mock-spec.js";
import { clusterEnv, type MockClusterEnv } from "./env.js";
import { startFrontServer, type FrontServer, type SpecViolation } from "./front-server.js";
import { DEMO_AUDIENCE, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, startOAuthServer, type OAuthServer } from "./oauth-server.js";
import { startPrism, type PrismServer } from "./prism-server.js";
import { servedPaths } from "./served-paths.js";
import { serveSpec } from "./spec-server.js";
import { createTokenCheck } from "./token-check.js";

/** Options of {@link startMockCluster}. */
export interface StartMockClusterOptions {
  /** Port of the API (default 0: chosen by the OS; `c8rest-mock` uses 8080). */
  port?: number;
  /** Port of the OAuth server (default 0; `c8rest-mock` uses 18080). */
  oauthPort?: number;
  /** Interface both listen on (default `127.0.0.1`). */
  host?: string;
  /** The OpenAPI 3.0 spec to serve, YAML or JSON (default: the Camunda spec this package was released with). */
  spec?: string;
  /** Lifetime of issued tokens in seconds (default 300). */
  tokenLifetimeSeconds?: number;
  /** The OAuth client id (default `c8rest-demo`). */
  clientId?: string;
  /** The OAuth client secret (default `c8rest-demo-secret`). */
  clientSecret?: string;
  /** The audience tokens must be for (default `zeebe-api`). */
  audience?: string;
  /** Time limit for each server to come up, in milliseconds (default 60 000). */
  timeoutMs?: number;
  /** Receives Prism's log lines. */
  onPrismLog?: (line: string) => void;
  /** Called with the violations of each request that breaks the spec, as they happen (see `violations()`). */
  onViolations?: (violations: SpecViolation[]) => void;
}

/** A running mock cluster. */
export interface MockCluster {
  /**
   * The cluster address, `http://127.0.0.1:<port>`: the API is served under `/v2`, as by a real cluster, and the
   * operations with their own `servers` (Camunda 8.10's `/cluster/v2/...`) at their own path.
   */
  readonly address: string;
  /** The OAuth token endpoint. */
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly audience: string;
  /** The variables a program sets to reach the cluster, under Camunda docs' `ZEEBE_*` and SDKs' `CAMUNDA_*` names. */
  readonly env: MockClusterEnv;
  /** The request-side spec violations seen so far (requests the spec does not allow), oldest first. */
  violations(): SpecViolation[];
  /** Forgets the violations seen so far. */
  resetViolations(): void;
  /** Stops every server. Safe to call twice. */
  stop(): Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not start within ${ms} ms.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts a local mock of the Camunda 8 Orchestration Cluster API: Prism 5.14.2 on a mock spec derived from the
 * spec (faithful response examples, see `deriveMockSpec`), a front server that accepts only tokens of the mock's
 * OAuth server (signature, expiry, audience) and answers 401/400 as problem documents (RFC 9457), and a local
 * OAuth server (oidc-provider, client credentials). All on 127.0.0.1; every server is stopped on `stop()` and when
 * the process exits or is interrupted.
 *
 * @throws {Error} when a server cannot start (a port in use, Prism not listening in time): the message names it.
 * @example
 * const cluster = await startMockCluster();
 * const client = createCamundaClient({ baseUrl: cluster.address, middleware: [authFromEnv(cluster.env)] });
 * await client.GET("/topology");
 * if (cluster.violations().length > 0) throw new Error("the app sent requests the spec does not allow");
 * await cluster.stop();
 */
export async function startMockCluster(options: StartMockClusterOptions = {}): Promise<MockCluster> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const host = options.host ?? "127.0.0.1";
  const clientId = options.clientId ?? DEMO_CLIENT_ID;
  const clientSecret = options.clientSecret ?? DEMO_CLIENT_SECRET;
  const audience = options.audience ?? DEMO_AUDIENCE;
  // Prism reads the derived spec over loopback HTTP: no file, so nothing to leave behind when interrupted.
  const mockSpec = await loadMockSpec(options.spec);
  const specServer = await serveSpec(JSON.stringify(mockSpec));
  let starting: Promise<{ stop(): Promise<void> }>[] = [];
  try {
    const prismStart = startPrism({
      specFile: specServer.url,
      timeoutMs,
      ...(options.onPrismLog ? { onLog: options.onPrismLog } : {}),
    });
    const oauthRaw = startOAuthServer({
      port: options.oauthPort ?? 0,
      host,
      clients: [{ clientId, clientSecret, ...(options.tokenLifetimeSeconds ? { ttlSeconds: options.tokenLifetimeSeconds } : {}) }],
      defaultAudience: audience,
    });
    starting = [prismStart, oauthRaw];
    const [prism, oauth] = await Promise.all([prismStart, withTimeout(oauthRaw, timeoutMs, "The mock cluster's OAuth server (oidc-provider)")]);
    await specServer.stop();
    const checkToken = await createTokenCheck({ jwks: oauth.jwks, issuer: oauth.issuer, audience, tokenUrl: oauth.tokenUrl });
    const seen: SpecViolation[] = [];
    const frontStart = startFrontServer({
      port: options.port ?? 0,
      host,
      prism: prism.url,
      served: servedPaths(mockSpec),
      checkToken,
      onViolations: (found) => {
        seen.push(...found);
        options.onViolations?.(found);
      },
    });
    starting.push(frontStart);
    const front = await frontStart;
    return assemble({ prism, oauth, front, clientId, clientSecret, audience, seen });
  } catch (error) {
    // Stop whatever did come up (waiting for a late one too), then report the failure.
    for (const result of await Promise.allSettled(starting)) if (result.status === "fulfilled") await result.value.stop();
    await specServer.stop();
    throw error;
  }
}

interface Parts {
  prism: PrismServer;
  oauth: OAuthServer;
  front: FrontServer;
  clientId: string;
  clientSecret: string;
  audience: string;
  seen: SpecViolation[];
}

function assemble({ prism, oauth, front, clientId, clientSecret, audience, seen }: Parts): MockCluster {
  let stopping: Promise<void> | undefined;
  return {
    address: front.address,
    tokenUrl: oauth.tokenUrl,
    clientId,
    clientSecret,
    audience,
    env: clusterEnv({ address: front.address, tokenUrl: oauth.tokenUrl, clientId, clientSecret, audience }),
    violations: () => seen.map((v) => ({ ...v, location: [...v.location] })),
    resetViolations: () => {
      seen.length = 0;
    },
    stop() {
      stopping ??= Promise.all([front.stop(), prism.stop(), oauth.stop()]).then(() => undefined);
      return stopping;
    },
  };
}
