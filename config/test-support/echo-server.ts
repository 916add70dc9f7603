// A hostile server for the secret scan: it echoes everything it receives (method, URL, every header, the body, and
// decoded forms of them) in every reply, success or error, as a token endpoint and as the cluster's API.
// node:http on 127.0.0.1, port 0; `await server.stop()` ends it.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Token endpoint replies, at `${url}/token/<mode>`. */
export const TOKEN_MODES = [
  "ok",
  "json-no-token",
  "json-error-200",
  "html-200",
  "form-200",
  "text-200",
  "json-as-html",
  "oauth-400",
  "oauth-error-echo",
  "html-401",
  "html-500",
  "json-502",
] as const;
/** API replies, for a client with `baseUrl` `${url}/api/<mode>`. */
export const API_MODES = ["ok", "problem-401", "problem-403", "problem-500", "text-500"] as const;

export type TokenMode = (typeof TOKEN_MODES)[number];
export type ApiMode = (typeof API_MODES)[number];

export interface EchoServer {
  url: string;
  /** Every access token this server handed out (a test must remember them as tokens to scan for). */
  issued: string[];
  tokenUrl(mode: TokenMode): string;
  apiBase(mode: ApiMode): string;
  stop(): Promise<void>;
}

const decodeForm = (s: string): string => {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
};
const htmlEscaped = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** All the server received, raw and decoded: the request line, every header, the body. */
function echoOf(req: IncomingMessage, body: string): string {
  const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${String(v)}`);
  const auth = req.headers.authorization ?? "";
  const basic = /^Basic\s+(.+)$/i.exec(auth)?.[1];
  const decodedBasic = basic ? Buffer.from(basic, "base64").toString("utf8") : "";
  // What holds a credential comes first, so that it falls within a 200-character excerpt.
  return [decodeForm(body), decodeForm(decodedBasic), decodedBasic, auth, body, `${req.method} ${req.url}`, ...headers].join("\n");
}

export async function startEchoServer(): Promise<EchoServer> {
  const issued: string[] = [];
  const token = () => {
    const t = `echo-token-${randomBytes(12).toString("hex")}`;
    issued.push(t);
    return t;
  };
  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.writeHead(status, { "content-type": type });
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    const echo = echoOf(req, body);
    const html = `<html><body><h1>echo</h1><pre>${echo}</pre><p>${htmlEscaped(echo)}</p></body></html>`;
    const [, kind, mode] = (req.url ?? "").split("/");
    if (kind === "token") {
      switch (mode as TokenMode) {
        case "ok":
          return send(res, 200, "application/json", JSON.stringify({ access_token: token(), token_type: "Bearer", expires_in: 300, echo }));
        case "json-no-token":
          return send(res, 200, "application/json", JSON.stringify({ token_type: "Bearer", echo }));
        case "json-error-200":
          return send(res, 200, "application/json", JSON.stringify({ error: echo, error_description: echo }));
        case "html-200":
          return send(res, 200, "text/html", html);
        case "form-200":
          return send(res, 200, "application/x-www-form-urlencoded", new URLSearchParams({ access_token: token(), token_type: "bearer", echo }).toString());
        case "text-200":
          return send(res, 200, "text/plain", `${token()}\n${echo}`);
        case "json-as-html":
          return send(res, 200, "text/html", JSON.stringify({ access_token: token(), token_type: "Bearer", echo }));
        case "oauth-400":
          return send(res, 400, "application/json", JSON.stringify({ error: "invalid_client", error_description: echo }));
        case "oauth-error-echo":
          return send(res, 400, "application/json", JSON.stringify({ error: echo, error_description: echo }));
        case "html-401":
          return send(res, 401, "text/html", html);
        case "html-500":
          return send(res, 500, "text/html", html);
        case "json-502":
          return send(res, 502, "application/json", JSON.stringify({ message: echo }));
      }
    }
    if (kind === "api") {
      const problem = (status: number) => send(res, status, "application/problem+json", JSON.stringify({ type: "about:blank", title: echo, status, detail: echo, instance: req.url }));
      switch (mode as ApiMode) {
        case "ok":
          return send(res, 200, "application/json", JSON.stringify({ brokers: [], clusterSize: 1, partitionsCount: 1, replicationFactor: 1, gatewayVersion: echo }));
        case "problem-401":
          return problem(401);
        case "problem-403":
          return problem(403);
        case "problem-500":
          return problem(500);
        case "text-500":
          return send(res, 500, "text/html", html);
      }
    }
    send(res, 404, "text/plain", `no such mode: ${echo}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    issued,
    tokenUrl: (mode) => `${url}/token/${mode}`,
    apiBase: (mode) => `${url}/api/${mode}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
