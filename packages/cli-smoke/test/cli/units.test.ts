// The CLI's pieces in-process: arguments, configuration, error classification, colour.
import { AuthConfigError, OAuthError, TokenRequestError, TokenResponseError } from "@c8rest/auth";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rootCertificates } from "node:tls";
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/args.js";
import { describeConfig, resolveSmokeConfig } from "../../src/config.js";
import { CamundaNetworkError, CamundaProblemError, CamundaTimeoutError } from "@c8rest/client";
import { classifyError, EXIT_CODES, StepTimeoutError, UsageError } from "../../src/exit-codes.js";
import { runCli, type CliIo } from "../../src/main.js";
import { choosePaint, plainPaint } from "../../src/render.js";
import { mockStack } from "../support/stack.js";

const base = { ZEEBE_REST_ADDRESS: "http://127.0.0.1:8080", ZEEBE_CLIENT_ID: "id", ZEEBE_CLIENT_SECRET: "s3cret-value" };

describe("parseCliArgs", () => {
  it("reads flags and the config command", () => {
    const args = parseCliArgs(["config", "--address", "http://a:1", "--client-id=x", "--timeout", "2500", "--json"]);
    expect(args).toMatchObject({ command: "config", address: "http://a:1", clientId: "x", timeoutMs: 2500, json: true, verbose: false });
    expect(parseCliArgs([]).command).toBe("run");
  });

  it.each([["--client-secret", "hunter2-xyz"], ["--client-secret=hunter2-xyz"], ["--password", "hunter2-xyz"]])(
    "refuses a secret as a flag (%s) without echoing it",
    (...argv) => {
      const error = (() => {
        try {
          parseCliArgs(argv.filter((a) => a !== undefined));
        } catch (e) {
          return e as UsageError;
        }
        throw new Error("expected a UsageError");
      })();
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toContain("is not accepted");
      expect(error.message).not.toContain("hunter2-xyz");
    },
  );

  it("rejects a bad timeout, an unknown flag and an unknown command", () => {
    expect(() => parseCliArgs(["--timeout", "soon"])).toThrow(/--timeout must be a whole number/);
    expect(() => parseCliArgs(["--bogus"])).toThrow(/Unknown option '--bogus'\. See c8rest-smoke --help\./);
    expect(() => parseCliArgs(["deploy"])).toThrow(/got an unknown command \(not shown, in case it is a secret\)/);
  });
});

describe("resolveSmokeConfig", () => {
  it("lets a flag win over both names of its variable and names the flag as source", () => {
    const env = { ...base, CAMUNDA_CLIENT_ID: "id" };
    const config = resolveSmokeConfig(parseCliArgs(["--client-id", "other", "--address", "http://127.0.0.1:9"]), env);
    expect(config.auth.oauth?.clientId).toEqual({ value: "other", source: "--client-id" });
    expect(config.address).toEqual({ value: "http://127.0.0.1:9", source: "--address" });
    expect(env.CAMUNDA_CLIENT_ID).toBe("id"); // the caller's env is not modified
  });

  it("takes the secret from stdin, and redacts it in the description", () => {
    const config = resolveSmokeConfig(parseCliArgs(["--client-secret-stdin"]), base, "from-stdin-secret");
    expect(config.auth.oauth?.clientSecret.value).toBe("from-stdin-secret");
    const rows = describeConfig(config);
    expect(rows.find((r) => r.setting === "client secret")).toEqual({
      setting: "client secret",
      value: "[redacted]",
      source: "stdin (--client-secret-stdin)",
    });
    expect(JSON.stringify(rows)).not.toContain("from-stdin-secret");
  });

  it("reads the default tenant from CAMUNDA_DEFAULT_TENANT_ID and shows it with its source", () => {
    const config = resolveSmokeConfig(parseCliArgs([]), { ...base, CAMUNDA_DEFAULT_TENANT_ID: "tenant-a" });
    expect(config.defaultTenantId).toEqual({ value: "tenant-a", source: "CAMUNDA_DEFAULT_TENANT_ID" });
    expect(describeConfig(config).find((r) => r.setting === "default tenant")).toEqual({
      setting: "default tenant",
      value: "tenant-a",
      source: "CAMUNDA_DEFAULT_TENANT_ID",
    });
    expect(resolveSmokeConfig(parseCliArgs([]), base).defaultTenantId).toBeUndefined();
    expect(() => resolveSmokeConfig(parseCliArgs([]), { ...base, CAMUNDA_DEFAULT_TENANT_ID: "no spaces" })).toThrow(
      /CAMUNDA_DEFAULT_TENANT_ID must be a tenant id/,
    );
  });

  it("names the missing variable", () => {
    const { ZEEBE_REST_ADDRESS: _a, ...noAddress } = base;
    expect(() => resolveSmokeConfig(parseCliArgs([]), noAddress)).toThrow(/^ZEEBE_REST_ADDRESS is not set/);
    const { ZEEBE_CLIENT_SECRET: _s, ...noSecret } = base;
    expect(() => resolveSmokeConfig(parseCliArgs([]), noSecret)).toThrow(/ZEEBE_CLIENT_SECRET/);
  });
});

function problem(status: number, body?: unknown): CamundaProblemError {
  return new CamundaProblemError(new Response(null, { status }), body);
}
const call = { operation: "GET /topology", method: "GET", path: "/topology", attempts: 1 };
const tlsCause = (code: string) => Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("tls"), { code }) });

describe("classifyError", () => {
  const refused = Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) });
  it.each([
    ["a usage error", new UsageError("--x", "bad"), EXIT_CODES.CONFIG],
    ["an auth config error", new AuthConfigError("ZEEBE_CLIENT_ID", "set it"), EXIT_CODES.CONFIG],
    ["invalid_client", new OAuthError("refused", { error: "invalid_client", status: 401 }), EXIT_CODES.AUTH],
    ["a non-conforming token reply", new TokenResponseError("access_token", "missing", { status: 200 }), EXIT_CODES.AUTH],
    ["a token endpoint 502", new TokenRequestError("http-status", "502", { status: 502, retryable: true }), EXIT_CODES.AUTH],
    ["an unreachable token endpoint", new TokenRequestError("network", "down", { retryable: true }), EXIT_CODES.NETWORK],
    ["a token endpoint timeout", new TokenRequestError("timeout", "slow", { retryable: true }), EXIT_CODES.NETWORK],
    ["API 401", problem(401), EXIT_CODES.AUTH],
    ["API 503", problem(503, { title: "Service Unavailable" }), EXIT_CODES.API],
    ["fetch failed (ECONNREFUSED)", refused, EXIT_CODES.NETWORK],
    ["an AbortSignal timeout", new DOMException("The operation timed out.", "TimeoutError"), EXIT_CODES.NETWORK],
    ["the client's network error", Object.assign(new Error("no response"), { code: "C8REST_NETWORK" }), EXIT_CODES.NETWORK],
    ["a 2xx that is not JSON", Object.assign(new Error("not JSON"), { code: "C8REST_RESPONSE_INVALID" }), EXIT_CODES.API],
    ["a body over the size limit", Object.assign(new Error("too large"), { code: "C8REST_RESPONSE_TOO_LARGE" }), EXIT_CODES.API],
    ["a redirect", Object.assign(new Error("redirected"), { code: "C8REST_REDIRECT" }), EXIT_CODES.API],
    ["a bad path parameter", Object.assign(new Error("path"), { code: "C8REST_PATH_PARAMETER_INVALID" }), EXIT_CODES.CONFIG],
    ["anything else", new RangeError("oops"), EXIT_CODES.UNEXPECTED],
  ])("maps %s", (_what, error, exitCode) => {
    const failure = classifyError(error);
    expect(failure.exitCode).toBe(exitCode);
    expect(failure.hint.length).toBeGreaterThan(10);
    expect(failure.message).not.toContain("\n");
  });

  it.each(["SELF_SIGNED_CERT_IN_CHAIN", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "ERR_TLS_CERT_ALTNAME_INVALID", "DEPTH_ZERO_SELF_SIGNED_CERT"])(
    "a TLS failure (%s) of the API or of the token endpoint gets a TLS hint, not 'check the address is reachable'",
    (code) => {
      for (const error of [
        new CamundaNetworkError(call, tlsCause(code), "", true),
        new TokenRequestError("network", "Token endpoint could not be reached", { retryable: true, cause: tlsCause(code) }),
        tlsCause(code),
      ]) {
        const failure = classifyError(error);
        expect(failure.exitCode).toBe(EXIT_CODES.NETWORK);
        expect(failure.hint).toMatch(/TLS problem: .*CAMUNDA_CUSTOM_ROOT_CERT_PATH.*CAMUNDA_MTLS_CERT_PATH/);
        expect(failure.hint).not.toMatch(/reachable/);
      }
    },
  );

  it("a refused connection keeps the reachability hint", () => {
    expect(classifyError(new CamundaNetworkError(call, tlsCause("ECONNREFUSED"), "")).hint).toMatch(/reachable/);
  });

  it.each([
    ["NONE", /^no credentials are set \(auth strategy NONE\)/],
    ["BASIC", /CAMUNDA_BASIC_AUTH_USERNAME/],
    ["BEARER", /CAMUNDA_OAUTH_TOKEN/],
    ["OAUTH", /audience/],
  ] as const)("a 401 with strategy %s gets the hint for that strategy", (strategy, hint) => {
    const failure = classifyError(problem(401, { title: "Unauthorized" }), undefined, { strategy });
    expect(failure.exitCode).toBe(EXIT_CODES.AUTH);
    expect(failure.hint).toMatch(hint);
    if (strategy === "NONE") expect(failure.hint).not.toMatch(/audience/);
  });

  it("a timeout prints as a timeout: the step's, the client's, and a bare AbortSignal reason", () => {
    const step = classifyError(new StepTimeoutError("topology", 2500, new DOMException("The operation was aborted due to timeout", "TimeoutError")));
    expect(step).toMatchObject({ exitCode: EXIT_CODES.NETWORK, message: "topology timed out after 2500 ms (--timeout)" });
    expect(step.hint).toMatch(/raise --timeout/);
    expect(classifyError(new CamundaTimeoutError(call, 2500)).message).toMatch(/timed out after 2500 ms/);
    expect(classifyError(new DOMException("The operation was aborted due to timeout", "TimeoutError")).message).toMatch(/^timed out/);
  });
});

describe("colour", () => {
  it("is used on a TTY only, and never with NO_COLOR", () => {
    expect(choosePaint({ isTTY: true }, {}).green("x")).toBe("\x1b[32mx\x1b[0m");
    expect(choosePaint({ isTTY: true }, { NO_COLOR: "1" })).toBe(plainPaint);
    expect(choosePaint({ isTTY: false }, {})).toBe(plainPaint);
    expect(choosePaint({ isTTY: true }, { NO_COLOR: "" }).green("x")).toContain("\x1b["); // empty means unset
  });

  it("shows in a real run on a TTY, and not with NO_COLOR", async () => {
    const stack = mockStack();
    const run = async (env: Record<string, string>): Promise<string> => {
      let out = "";
      const io: CliIo = {
        env,
        stdout: { write: (t: string) => (out += t), isTTY: true },
        stderr: { write: (t: string) => (out += t), isTTY: true },
        readStdin: async () => "",
      };
      expect(await runCli([], io)).toBe(0);
      return out;
    };
    expect(await run(stack.env)).toContain("\x1b[32mok  \x1b[0m");
    expect(await run({ ...stack.env, NO_COLOR: "1" })).not.toContain("\x1b[");
  });
});

describe("TLS and proxy variables", () => {
  it("with a CA file set, token request and API calls go through the TLS fetch and pass", async () => {
    const stack = mockStack();
    const dir = mkdtempSync(join(tmpdir(), "c8rest-smoke-ca-"));
    const caFile = join(dir, "ca.pem");
    writeFileSync(caFile, rootCertificates[0]!);
    let out = "";
    const io: CliIo = {
      env: { ...stack.env, CAMUNDA_CUSTOM_ROOT_CERT_PATH: caFile },
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (out += t) },
      readStdin: async () => "",
    };
    try {
      expect(await runCli(["--json"], io)).toBe(EXIT_CODES.OK);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect((JSON.parse(out) as { ok: boolean }).ok).toBe(true);
  });

  it("an unreadable CA file is a configuration error naming the variable", async () => {
    const stack = mockStack();
    let out = "";
    const io: CliIo = {
      env: { ...stack.env, CAMUNDA_CUSTOM_ROOT_CERT_PATH: "/nonexistent/ca.pem" },
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (out += t) },
      readStdin: async () => "",
    };
    expect(await runCli(["--json"], io)).toBe(EXIT_CODES.CONFIG);
    const report = JSON.parse(out) as { steps: { name: string; status: string; error?: { message: string } }[] };
    const token = report.steps.find((s) => s.name === "token")!;
    expect(token.status).toBe("failed");
    expect(token.error?.message).toContain("CAMUNDA_CUSTOM_ROOT_CERT_PATH");
  });
});
