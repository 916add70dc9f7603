// Runs the README examples of the transport sections (timeouts, retries, errors, TLS, pagination, waitFor) as
// programs against local servers, after type-checking them. Needs the built package (dist/), as users get it.
import { createServer as createHttpsServer } from "node:https";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractExamples, runExample, typeErrors } from "../../../config/test-support/markdown-examples.js";
import { specInfo } from "../src/index.js";
import { makeCerts, type TestCerts } from "./support/certs.js";
import { json, startServer, type TestServer } from "./support/http-server.js";

const readme = join(import.meta.dirname, "..", "..", "..", "README.md");
const packageReadme = join(import.meta.dirname, "..", "README.md");
const workDir = join(import.meta.dirname, ".tmp", "readme-transport");
const lines = readFileSync(readme, "utf8").split("\n");
const sections = [
  "Timeouts and cancellation",
  "Retries",
  "Errors: unwrap and CamundaProblemError",
  "TLS, mTLS and proxies",
  "Pagination",
  "Waiting for eventually consistent reads",
  "Redirects, response size and replies that are not the API's",
  "Middleware of your own",
];

/** The one runnable example under each section heading. */
function exampleOf(section: string): string {
  const start = lines.indexOf(`## ${section}`) + 1;
  const end = lines.findIndex((l, i) => i >= start && l.startsWith("## "));
  const found = extractExamples(readme).filter((e) => e.line > start && e.line < end);
  expect(found, section).toHaveLength(1);
  return found[0]!.code;
}

let api: TestServer;
let tls: TestServer;
let certs: TestCerts;
let posts = 0;
let searches = 0;

beforeAll(async () => {
  certs = makeCerts();
  api = await startServer((req, res, seen) => {
    const url = req.url ?? "";
    if (url === "/v2/topology") return; // hangs: the timeout example
    if (url === "/v2/license") {
      res.writeHead(308, { location: "https://login.example.com/sso?session=s3cr3t" });
      return res.end();
    }
    if (url === "/v2/process-instances" && req.method === "POST") {
      // The first create is rejected by backpressure, then each one succeeds.
      if (++posts === 1) return json(res, 503, { type: "about:blank", title: "RESOURCE_EXHAUSTED", status: 503, detail: "backpressure" });
      return json(res, 200, { processInstanceKey: "2251799813685251", processDefinitionKey: "1", processDefinitionId: "order-process", processDefinitionVersion: 1, tenantId: "<default>", variables: {} });
    }
    if (url.startsWith("/v2/process-instances/") && req.method === "GET") {
      return json(res, 404, { type: "about:blank", title: "NOT_FOUND", status: 404, detail: "Process instance with key '2251799813685249' not found", instance: url });
    }
    if (url === "/v2/process-instances/search") {
      const body = JSON.parse(seen.body) as { filter?: { processInstanceKey?: string }; page?: { limit?: number; after?: string } };
      if (body.filter?.processInstanceKey) {
        // Not indexed yet for the first two searches.
        const items = ++searches > 2 ? [{ processInstanceKey: body.filter.processInstanceKey, state: "ACTIVE" }] : [];
        return json(res, 200, { items, page: { totalItems: items.length, hasMoreTotalItems: false, startCursor: null, endCursor: null } });
      }
      const start = body.page?.after ? Number(body.page.after) : 0;
      const limit = body.page?.limit ?? 100;
      const n = Math.max(0, Math.min(limit, 250 - start));
      const items = Array.from({ length: n }, (_, i) => ({ processInstanceKey: String(2251799813685249 + start + i), state: "ACTIVE" }));
      return json(res, 200, { items, page: { totalItems: 250, hasMoreTotalItems: false, startCursor: String(start), endCursor: String(start + n) } });
    }
    json(res, 404, { title: "NOT_FOUND", status: 404 });
  });
  tls = await startServer(
    (_req, res) => json(res, 200, { clusterSize: 3, brokers: [], gatewayVersion: "8.9.0", partitionsCount: 3, replicationFactor: 3 }),
    createHttpsServer({ cert: certs.serverCert, key: certs.serverKey, ca: certs.ca, requestCert: true, rejectUnauthorized: true }),
  );
}, 60_000);

afterAll(async () => {
  await Promise.all([api.close(), tls.close()]);
  certs.cleanup();
  rmSync(workDir, { recursive: true, force: true });
});

const run = (section: string, env: Record<string, string> = {}) =>
  runExample(exampleOf(section), workDir, `run-${sections.indexOf(section)}`, { ZEEBE_REST_ADDRESS: api.address, ...env });

describe("README transport examples", () => {
  it.each(sections)("the example of %s type-checks", (section) => {
    expect(typeErrors(exampleOf(section), workDir, `example-${sections.indexOf(section)}`)).toEqual([]);
  }, 60_000);

  it("timeouts: a hung server ends in a CamundaTimeoutError naming the operation and the limit, or the caller's signal's reason", async () => {
    const { stdout } = await run("Timeouts and cancellation");
    expect(stdout.trim().split("\n")).toEqual(["GET /topology took longer than 500 ms", "the caller's signal ended it (TimeoutError)"]);
  });

  it("retries: a POST rejected by backpressure is retried and succeeds", async () => {
    const before = api.seen.filter((s) => s.url === "/v2/process-instances").length;
    const { stdout } = await run("Retries");
    expect(stdout.trim()).toBe("created 2251799813685251");
    expect(api.seen.filter((s) => s.url === "/v2/process-instances").length - before).toBe(2);
    expect(api.seen.at(-1)!.headers["user-agent"]).toMatch(new RegExp(`^c8rest-client/\\S+ camunda-api/${specInfo.camundaVersion.replace(".", "\\.")} node/`));
  });

  it("errors: unwrap turns a 404 into a CamundaProblemError", async () => {
    const { stdout } = await run("Errors: unwrap and CamundaProblemError");
    expect(stdout.trim()).toBe("getProcessInstance: HTTP 404 NOT_FOUND (Process instance with key '2251799813685249' not found)");
  });

  it("TLS: the certificates from the environment reach an mTLS server", async () => {
    const { stdout } = await run("TLS, mTLS and proxies", {
      ZEEBE_REST_ADDRESS: tls.address,
      CAMUNDA_CUSTOM_ROOT_CERT_PATH: certs.caPath,
      CAMUNDA_MTLS_CERT_PATH: certs.clientCertPath,
      CAMUNDA_MTLS_KEY_PATH: certs.clientKeyPath,
    });
    expect(stdout.trim()).toBe("cluster size 3 over https:");
  });

  it("the package README's mTLS example type-checks and reaches the mTLS server", async () => {
    const found = extractExamples(packageReadme);
    expect(found).toHaveLength(1);
    expect(typeErrors(found[0]!.code, workDir, "package-example")).toEqual([]);
    const { stdout } = await runExample(found[0]!.code, workDir, "package-run", {
      ZEEBE_REST_ADDRESS: tls.address,
      CAMUNDA_CUSTOM_ROOT_CERT_PATH: certs.caPath,
      CAMUNDA_MTLS_CERT_PATH: certs.clientCertPath,
      CAMUNDA_MTLS_KEY_PATH: certs.clientKeyPath,
    });
    expect(stdout.trim()).toBe("cluster size 3");
  }, 60_000);

  it("pagination: 250 items in pages of 100", async () => {
    const before = api.seen.length;
    const { stdout } = await run("Pagination");
    expect(stdout.trim()).toBe("250 active instances, first 2251799813685249, last 2251799813685498");
    expect(api.seen.length - before).toBe(3);
  });

  it("redirects and limits: a bad path parameter unsent, a redirect not followed, a body over its limit", async () => {
    const before = api.seen.length;
    const { stdout } = await run("Redirects, response size and replies that are not the API's");
    expect(stdout.trim().split("\n")).toEqual([
      "not sent: groupId of unassignUserFromGroup",
      "redirected (308) to https://login.example.com",
      "POST /process-instances/search: over 1000 bytes",
    ]);
    expect(api.seen.slice(before).map((s) => `${s.method} ${s.url}`)).toEqual(["GET /v2/license", "POST /v2/process-instances/search"]);
  });

  it("middleware of your own: a marked middleware's header is sent", async () => {
    const before = api.seen.length;
    const { stdout } = await run("Middleware of your own");
    expect(stdout.trim()).toBe("5 of 250 instances");
    const sent = api.seen.slice(before);
    expect(sent.map((s) => `${s.method} ${s.url} ${s.headers["x-request-source"]}`)).toEqual(["POST /v2/process-instances/search billing-service"]);
  });

  it("waitFor: polls the search until the new instance is visible", async () => {
    const { stdout } = await run("Waiting for eventually consistent reads");
    expect(stdout.trim()).toBe("instance 2251799813685251 is searchable: ACTIVE");
    expect(searches).toBe(3);
  });
});
