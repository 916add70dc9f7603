// Nothing secret in any CLI output: a server that echoes everything it receives (as token endpoint and as API), a
// secret with special characters, every output mode; and a positional argument's value is never echoed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_MODES, TOKEN_MODES, startEchoServer, type EchoServer } from "../../../../config/test-support/echo-server.js";
import { findSecretLeaks } from "../../../../config/test-support/secret-leaks.js";
import { runCli, type CliIo } from "../../src/main.js";
import { runCliProcess } from "../support/run-cli.js";

const SECRET = 'cli sp ce+/=&%<i>"\\  x';
const PASSWORD = 'pw sp ce+/=&%<b>"\\  y';
const BEARER = "cli-bearer-token.abc_def~ghi";
const IDS = ["echo-cli", "echo-user"];

let echo: EchoServer;
beforeAll(async () => {
  echo = await startEchoServer();
});
afterAll(() => echo.stop());

async function run(argv: string[], env: Record<string, string>, stdin = ""): Promise<{ code: number; out: string }> {
  let out = "";
  const io: CliIo = {
    env,
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (out += t) },
    readStdin: async () => stdin,
  };
  const code = await runCli(argv, io);
  return { code, out };
}

const leaks = (out: string) => findSecretLeaks(out.split("\n"), [SECRET, PASSWORD, BEARER, ...echo.issued], IDS);

describe("c8rest-smoke prints no secret, whatever the servers echo", () => {
  for (const flags of [[], ["--json"], ["--verbose"]]) {
    it(`token endpoint echoing everything, every reply mode (${flags.join(" ") || "human output"})`, async () => {
      for (const mode of TOKEN_MODES) {
        const env = { ZEEBE_REST_ADDRESS: echo.apiBase("problem-401"), ZEEBE_CLIENT_ID: "echo-cli", ZEEBE_CLIENT_SECRET: SECRET, ZEEBE_AUTHORIZATION_SERVER_URL: echo.tokenUrl(mode) };
        const { code, out } = await run([...flags, "--timeout", "5000"], env);
        expect(code, mode).not.toBe(0);
        expect(code, `${mode}: ${out}`).not.toBe(1); // a documented exit code, not "unexpected"
        expect(leaks(out), mode).toEqual([]);
      }
    });

    it(`the API echoing the current token, Basic password or bearer token (${flags.join(" ") || "human output"})`, async () => {
      for (const mode of API_MODES) {
        const envs = {
          oauth: { ZEEBE_CLIENT_ID: "echo-cli", ZEEBE_CLIENT_SECRET: SECRET, ZEEBE_AUTHORIZATION_SERVER_URL: echo.tokenUrl("ok") },
          basic: { CAMUNDA_BASIC_AUTH_USERNAME: "echo-user", CAMUNDA_BASIC_AUTH_PASSWORD: PASSWORD },
          bearer: { CAMUNDA_OAUTH_TOKEN: BEARER },
        };
        for (const [name, auth] of Object.entries(envs)) {
          const { out } = await run([...flags, "--timeout", "5000"], { ZEEBE_REST_ADDRESS: echo.apiBase(mode), ...auth });
          expect(out.length, `${mode} ${name}`).toBeGreaterThan(0);
          expect(leaks(out), `${mode} ${name}`).toEqual([]);
        }
      }
    });
  }

  it("the scan sees the echo: without the CLI's masking the same reply shows the secret", async () => {
    const r = await fetch(echo.tokenUrl("html-500"), { method: "POST", body: new URLSearchParams({ client_secret: SECRET }) });
    expect(leaks(await r.text())).not.toEqual([]);
  });

  it("a secret passed as a bare argument (e.g. after --client-secret-stdin) is never echoed", async () => {
    for (const argv of [["--client-secret-stdin", SECRET], [SECRET], ["config", SECRET], ["hunter2-bare-secret"]]) {
      const { code, out } = await run(argv, { ZEEBE_REST_ADDRESS: "http://127.0.0.1:9" }, "stdin-secret");
      expect(code).toBe(2);
      expect(out).toContain('the only command is "config"');
      expect(findSecretLeaks([out], [SECRET, "hunter2-bare-secret"])).toEqual([]);
    }
    const child = await runCliProcess(["--client-secret-stdin", "hunter2-bare-secret"], { stdin: "x" });
    expect(child.code).toBe(2);
    expect(child.stdout + child.stderr).not.toContain("hunter2");
  });
});
