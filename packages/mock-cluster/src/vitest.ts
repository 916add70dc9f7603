// @c8rest/mock-cluster/vitest: one mock cluster for a whole vitest run, as a `globalSetup` module.
// See https://vitest.dev/config/#globalsetup
import type { TestProject } from "vitest/node";
import { startMockCluster, type MockCluster, type StartMockClusterOptions } from "./start-mock-cluster.js";
import type { SpecViolation } from "./front-server.js";

/** What the tests get of the run's cluster with `inject("mockCluster")` (plain data: it crosses into the workers). */
export interface ProvidedMockCluster {
  address: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  audience: string;
  /** The `ZEEBE_*` and `CAMUNDA_*` variables of `MockCluster.env`. */
  env: Record<string, string>;
}

declare module "vitest" {
  export interface ProvidedContext {
    mockCluster: ProvidedMockCluster;
  }
}

/** Options of {@link mockClusterGlobalSetup}. */
export interface MockClusterGlobalSetupOptions extends StartMockClusterOptions {
  /**
   * Put the cluster's variables (`ZEEBE_REST_ADDRESS`, ..., the `CAMUNDA_*` names) into `process.env`, where the test
   * workers, started after the global setup, find them as an app does in production. Default true.
   */
  setEnv?: boolean;
  /** Fail the run at teardown when a request the spec does not allow was sent (`violations()`). Default true. */
  failOnViolations?: boolean;
}

/** The `setup` and `teardown` of a vitest global setup module. */
export interface MockClusterGlobalSetup {
  setup(project: TestProject): Promise<void>;
  teardown(): Promise<void>;
}

/** The message a run fails with when the app sent requests the spec does not allow: one line per violation. */
export function violationsMessage(violations: readonly SpecViolation[]): string {
  const list = violations.map((v) => `${v.method} ${v.path}: ${v.location.join(".")} ${v.message}`).join("\n");
  return `the app sent requests the API spec does not allow:\n${list}`;
}

/**
 * A vitest global setup that starts one mock cluster for the run (`setup`), hands it to the tests
 * (`inject("mockCluster")`, and `process.env` unless `setEnv: false`), and stops it (`teardown`), failing the run
 * when the app sent a request the spec does not allow unless `failOnViolations: false`.
 * The other options are `startMockCluster`'s. See https://vitest.dev/config/#globalsetup
 *
 * @example
 * // vitest.global-setup.ts, listed in vitest.config.ts as test.globalSetup
 * import { mockClusterGlobalSetup } from "@c8rest/mock-cluster/vitest";
 * export const { setup, teardown } = mockClusterGlobalSetup({ tokenLifetimeSeconds: 60 });
 */
export function mockClusterGlobalSetup(options: MockClusterGlobalSetupOptions = {}): MockClusterGlobalSetup {
  const { setEnv = true, failOnViolations = true, ...start } = options;
  let cluster: MockCluster | undefined;
  let previous: Record<string, string | undefined> = {};
  return {
    async setup(project) {
      cluster = await startMockCluster(start);
      const env: Record<string, string> = { ...cluster.env };
      project.provide("mockCluster", {
        address: cluster.address,
        tokenUrl: cluster.tokenUrl,
        clientId: cluster.clientId,
        clientSecret: cluster.clientSecret,
        audience: cluster.audience,
        env,
      });
      if (setEnv) {
        previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
        Object.assign(process.env, env);
      }
    },
    async teardown() {
      const violations = cluster?.violations() ?? [];
      await cluster?.stop();
      cluster = undefined;
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      previous = {};
      if (failOnViolations && violations.length > 0) throw new Error(violationsMessage(violations));
    },
  };
}

/**
 * The default global setup, for `test.globalSetup: ["@c8rest/mock-cluster/vitest"]`: the cluster's variables in
 * `process.env`, the run failing on requests the spec does not allow. See {@link mockClusterGlobalSetup}.
 *
 * @example
 * // vitest.config.ts
 * export default defineConfig({ test: { globalSetup: ["@c8rest/mock-cluster/vitest"] } });
 */
export const { setup, teardown }: MockClusterGlobalSetup = mockClusterGlobalSetup();
