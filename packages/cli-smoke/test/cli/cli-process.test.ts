// c8rest-smoke as a child process against the mock cluster: success, auth failure, config errors, network errors.
import { createServer as createHttpServer, type Server as HttpServer, type ServerResponse } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import { specInfo } from "@c8rest/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliProcess } from "../support/run-cli.js";
import { mockStack } from "../support/stack.js";

const stack = mockStack();
const WRONG_SECRET = "wr0ng-S3cret:+%&= with space";

/** A port nothing listens on: bound, closed, then handed out. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe("c8rest-smoke against the mock cluster", () => {
  it("passes every step and prints the topology", async () => {
    const run = await runCliProcess([], { env: stack.env });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ok {4}token {5}Bearer token, expires in \d+ s \(\d+ ms\)$/m);
    const gateway = `${specInfo.camundaVersion}.0`.replaceAll(".", "\\."); // the mock's version: its spec's (the pinned one)
    expect(run.stdout).toMatch(new RegExp(`^ok {4}topology  cluster size 1, 1 partition\\(s\\), replication factor 1, gateway ${gateway}, 1 broker\\(s\\)`, "m"));
    expect(run.stdout).toMatch(new RegExp(`^ {6}0 +zeebe-0\\S+:26501 +${gateway} +1 leader healthy$`, "m"));
    expect(run.stdout).toMatch(/^ok {4}status {4}healthy \(HTTP 204\)/m);
    expect(run.stdout).toContain("all checks passed");
    expect(run.stdout).not.toContain(stack.clientSecret);
    expect(run.stdout).not.toContain("\x1b["); // not a TTY: no colour
  });

  it("--json prints one JSON document and nothing else", async () => {
    const run = await runCliProcess(["--json"], { env: stack.env });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { ok: boolean; exitCode: number; steps: { name: string; status: string }[] };
    expect(report.ok).toBe(true);
    expect(report.exitCode).toBe(0);
    expect(report.steps.map((s) => `${s.name}:${s.status}`)).toEqual(["config:ok", "token:ok", "topology:ok", "status:ok"]);
    expect(run.stdout).not.toContain(stack.clientSecret);
  });

  it("takes the secret from stdin with --client-secret-stdin", async () => {
    const { ZEEBE_CLIENT_SECRET: secret, ...env } = stack.env;
    const run = await runCliProcess(["--client-secret-stdin", "--json"], { env, stdin: `${secret}\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(secret!);
  });

  it("exits 3 for a wrong secret and never prints it", async () => {
    const run = await runCliProcess([], { env: { ...stack.env, ZEEBE_CLIENT_SECRET: WRONG_SECRET } });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^error: token failed: .*invalid_client/m);
    expect(run.stderr).toMatch(/^hint: check ZEEBE_CLIENT_ID/m);
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace without --verbose
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain(WRONG_SECRET);
      expect(text).not.toContain(encodeURIComponent(WRONG_SECRET));
    }
  });

  it("exits 2 naming a missing variable", async () => {
    const { ZEEBE_CLIENT_SECRET: _secret, ...env } = stack.env;
    const run = await runCliProcess([], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: .*ZEEBE_CLIENT_SECRET/m);
    expect(run.stdout).toBe("");
    const { ZEEBE_REST_ADDRESS: _address, ...noAddress } = stack.env;
    const second = await runCliProcess(["--json"], { env: noAddress });
    expect(second.code).toBe(2);
    const report = JSON.parse(second.stdout) as { exitCode: number; steps: { name: string; status: string; error: { message: string } }[] };
    expect(report.exitCode).toBe(2);
    expect(report.steps[0]).toMatchObject({ name: "config", status: "failed" });
    expect(report.steps[0]!.error.message).toMatch(/^ZEEBE_REST_ADDRESS is not set/);
  });

  it("exits 2 for a secret given as a flag, without echoing it", async () => {
    const run = await runCliProcess(["--client-secret", WRONG_SECRET], { env: stack.env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--client-secret is not accepted");
    expect(run.stderr).not.toContain(WRONG_SECRET);
  });

  it("exits 5 for an address where nothing listens", async () => {
    const address = `http://127.0.0.1:${await closedPort()}`;
    const run = await runCliProcess(["--address", address, "--timeout", "3000"], { env: stack.env, killAfterMs: 15_000 });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(5);
    expect(run.stdout).toMatch(/^FAIL {2}topology/m);
    expect(run.stderr).toMatch(/^hint: check .*reachable/m);
  });

  describe("with an address that accepts connections but never answers", () => {
    let server: Server;
    let address: string;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      // Keep every connection open and say nothing.
      server = createServer((socket) => {
        sockets.add(socket);
        socket.on("error", () => undefined);
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
      address = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    });

    it("exits 5 once --timeout has passed", async () => {
      const run = await runCliProcess(["--address", address, "--timeout", "1000", "--json"], {
        env: stack.env,
        killAfterMs: 15_000, // a CLI that ignored --timeout would be killed here and fail on the signal
      });
      expect(run.signal).toBeNull();
      expect(run.code).toBe(5);
      const report = JSON.parse(run.stdout) as { steps: { name: string; status: string; durationMs: number }[] };
      const topology = report.steps.find((s) => s.name === "topology")!;
      expect(topology.status).toBe("failed");
      expect(topology.durationMs).toBeGreaterThanOrEqual(900);
    });

    it("prints the run out of --timeout as a timeout, with a timeout hint", async () => {
      const run = await runCliProcess(["--address", address, "--timeout", "1000"], { env: stack.env, killAfterMs: 15_000 });
      expect(run.code).toBe(5);
      expect(run.stderr).toMatch(/^error: topology failed: topology timed out after 1000 ms \(--timeout\)$/m);
      expect(run.stderr).toMatch(/^hint: no answer in time: .*raise --timeout$/m);
    });
  });

  it("strategy NONE against a cluster that wants credentials: exit 3, the hint says no credentials are set", async () => {
    const { ZEEBE_CLIENT_ID: _i, ZEEBE_CLIENT_SECRET: _s, ...rest } = stack.env;
    const run = await runCliProcess([], { env: { ...rest, CAMUNDA_AUTH_STRATEGY: "NONE" } });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^error: topology failed: .*HTTP 401/m);
    expect(run.stderr).toMatch(/^hint: no credentials are set \(auth strategy NONE\)/m);
    expect(run.stderr).not.toMatch(/^hint: .*audience/m);
  });

  it("no credential variable at all is a configuration error that names CAMUNDA_AUTH_STRATEGY=NONE", async () => {
    const run = await runCliProcess([], { env: { ZEEBE_REST_ADDRESS: stack.apiAddress } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: No credentials are set: .*CAMUNDA_AUTH_STRATEGY=NONE/m);
  });

  it("an address without a scheme reads with the likely fix", async () => {
    const run = await runCliProcess(["--address", "localhost:8080"], { env: stack.env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: ZEEBE_REST_ADDRESS "localhost:8080" has no http:// or https:// scheme: did you mean "http://localhost:8080"?');
  });

  it("config with an incomplete configuration prints the table with what is missing and exits 2", async () => {
    const run = await runCliProcess(["config"], { env: { ZEEBE_CLIENT_ID: "c8rest-demo", ZEEBE_AUTHORIZATION_SERVER_URL: "https://id:pw@login.example.com/t" } });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^setting +value +source$/m);
    expect(run.stdout).toMatch(/^client id +c8rest-demo +ZEEBE_CLIENT_ID$/m);
    expect(run.stdout).toMatch(/^token URL +https:\/\/\*\*\*@login\.example\.com\/t +ZEEBE_AUTHORIZATION_SERVER_URL$/m);
    expect(run.stdout).toMatch(/^ZEEBE_REST_ADDRESS +\(missing\) +-$/m);
    expect(run.stdout).toMatch(/^ZEEBE_CLIENT_SECRET \/ CAMUNDA_CLIENT_SECRET +\(missing\) +-$/m);
    expect(run.stdout).not.toContain("pw@");
    expect(run.stderr).toMatch(/^error: ZEEBE_REST_ADDRESS is not set/m);
    expect(run.stderr).toMatch(/^error: ZEEBE_CLIENT_SECRET is not set/m);
    const json = await runCliProcess(["config", "--json"], { env: { ZEEBE_CLIENT_ID: "c8rest-demo" } });
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout) as { ok: boolean; problems: { setting: string; state: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => `${p.setting}:${p.state}`)).toEqual(["ZEEBE_REST_ADDRESS:missing", "ZEEBE_CLIENT_SECRET / CAMUNDA_CLIENT_SECRET:missing"]);
  });

  describe("with an API that answers a hostile reply", () => {
    let server: HttpServer;
    let address: string;
    let reply: (res: ServerResponse) => void = () => undefined;
    beforeAll(async () => {
      server = createHttpServer((_req, res) => reply(res));
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
      address = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    });

    it.each([
      ["an HTML page with 200", 4, (res: ServerResponse) => res.writeHead(200, { "content-type": "text/html" }).end("<html>Sign in</html>")],
      ["invalid JSON with 200", 4, (res: ServerResponse) => res.writeHead(200, { "content-type": "application/json" }).end('{"brokers": [')],
      ["a redirect", 4, (res: ServerResponse) => res.writeHead(301, { location: "https://elsewhere.test/v2/topology" }).end()],
      [
        "a body cut off",
        5,
        (res: ServerResponse) => {
          res.writeHead(200, { "content-type": "application/json", "content-length": "500" }).write('{"brokers": [');
          setTimeout(() => res.destroy(), 20);
        },
      ],
    ] as const)("exits %s -> %i with a hint, not 1", async (_what, exitCode, answer) => {
      reply = answer;
      const run = await runCliProcess(["--address", address, "--timeout", "5000"], { env: stack.env, killAfterMs: 20_000 });
      expect(run.signal).toBeNull();
      expect(run.code).toBe(exitCode);
      expect(run.stdout).toMatch(/^FAIL {2}topology/m);
      expect(run.stderr).toMatch(/^hint: /m);
      expect(run.stderr).not.toMatch(/SyntaxError|TypeError|unexpected/);
    });
  });

  it("config prints every value with its source and the secret redacted", async () => {
    const run = await runCliProcess(["config", "--address", stack.apiAddress], { env: stack.env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^address +http:\/\/127\.0\.0\.1:\d+ +--address$/m);
    expect(run.stdout).toMatch(/^client secret +\[redacted\] +ZEEBE_CLIENT_SECRET$/m);
    expect(run.stdout).toMatch(/^client id +c8rest-demo +ZEEBE_CLIENT_ID$/m);
    expect(run.stdout).not.toContain(stack.clientSecret);
  });

  it("--help documents the exit codes and --version prints the version", async () => {
    const help = await runCliProcess(["--help"]);
    expect(help.code).toBe(0);
    for (const line of [/^ {2}0 +all steps passed/m, /^ {2}2 +configuration error/m, /^ {2}3 +authentication error/m, /^ {2}4 +API error/m, /^ {2}5 +network error or timeout/m]) {
      expect(help.stdout).toMatch(line);
    }
    const version = await runCliProcess(["--version"]);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
