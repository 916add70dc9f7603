// A server that echoes the request's credential in its problem document: CamundaProblemError masks it in every
// field and every encoding (RFC 6750 §5.3: tokens must not leak).
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { CamundaProblemError, createCamundaClient, unwrap, type Middleware } from "../src/index.js";
import { json, startServer, type TestServer } from "./support/http-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = "echoed.tok3n-value_with~chars+/=";
const PASSWORD = 'p w+/=&%<i>"\\ x';

const sending = (header: string): Middleware => ({
  onRequest: ({ request }) => {
    request.headers.set("authorization", header);
    return request;
  },
});

/** Answers every call with a problem (or text) echoing the Authorization header in several forms. */
async function echoServer(kind: "problem" | "text"): Promise<TestServer> {
  return startServer((req, res) => {
    const auth = req.headers.authorization ?? "";
    const credential = auth.replace(/^\S+\s+/, "");
    let decoded = credential;
    if (auth.startsWith("Basic ")) decoded = Buffer.from(credential, "base64").toString("utf8");
    const echo = `got ${auth} / ${decoded} / ${encodeURIComponent(decoded)} / ${JSON.stringify(decoded)}`;
    if (kind === "text") {
      res.writeHead(500, { "content-type": "text/html" });
      res.end(`<html><body><pre>${echo}</pre></body></html>`);
      return;
    }
    json(res, 401, { type: "about:blank", title: `Unauthorized: ${credential}`, status: 401, detail: echo, instance: `/v2/x?t=${credential}` });
  });
}

function shown(e: unknown): string {
  return [String(e), inspect(e, { depth: 5, showHidden: true }), JSON.stringify(e), ...Object.values(e as object).map(String)].join("\n");
}

describe("CamundaProblemError masks the credential the call sent", () => {
  for (const kind of ["problem", "text"] as const) {
    it(`bearer token echoed in a ${kind} reply`, async () => {
      server = await echoServer(kind);
      const client = createCamundaClient({ baseUrl: server.address, middleware: [sending(`Bearer ${TOKEN}`)] });
      const error = await client.GET("/topology").then(unwrap).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CamundaProblemError);
      const out = shown(error);
      expect(out).toContain("[redacted]");
      for (const form of [TOKEN, encodeURIComponent(TOKEN), JSON.stringify(TOKEN).slice(1, -1), "tok3n"]) expect(out).not.toContain(form);
    });

    it(`Basic user:password with special characters echoed in a ${kind} reply`, async () => {
      server = await echoServer(kind);
      const header = `Basic ${Buffer.from(`demo:${PASSWORD}`).toString("base64")}`;
      const client = createCamundaClient({ baseUrl: server.address, middleware: [sending(header)] });
      const error = await client.GET("/topology").then(unwrap).catch((e: unknown) => e);
      const out = shown(error);
      expect(out).toContain("[redacted]");
      const stripped = PASSWORD.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");
      for (const form of [PASSWORD, header.slice(6), encodeURIComponent(PASSWORD), JSON.stringify(PASSWORD).slice(1, -1), stripped]) {
        expect(out).not.toContain(form);
      }
    });
  }
});
