// A stand-in for the cluster's REST API on 127.0.0.1, port 0: records what arrives and answers per a handler.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { rememberToken } from "./output-scan.ts";

export interface SeenRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

export interface ApiServer {
  url: string;
  seen: SeenRequest[];
  /** Bearer tokens answered with 401 by the default handler. */
  revoked: Set<string>;
  stop(): Promise<void>;
}

type Handler = (req: SeenRequest, n: number) => { status: number; body?: unknown } | undefined;

/** Default: 401 without a bearer token or with a revoked one, else 200 echoing the body length. */
export async function startApiServer(handler?: Handler): Promise<ApiServer> {
  const seen: SeenRequest[] = [];
  const revoked = new Set<string>();
  const server = createServer(async (req: IncomingMessage, res) => {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    const s: SeenRequest = { method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization, body };
    const n = seen.push(s) - 1;
    const token = s.authorization?.startsWith("Bearer ") ? s.authorization.slice(7) : undefined;
    if (token) rememberToken(token);
    const answer = handler?.(s, n) ?? (token && !revoked.has(token) ? { status: 200, body: { ok: true, bodyLength: body.length } } : { status: 401, body: { title: "Unauthorized" } });
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    revoked,
    stop: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** Wraps fetch, counting the calls whose URL starts with `prefix`. */
export function countingFetch(prefix: string): { fetch: (input: string, init: RequestInit) => Promise<Response>; count: () => number } {
  let n = 0;
  return {
    fetch: (input, init) => {
      if (input.startsWith(prefix)) n++;
      return globalThis.fetch(input, init);
    },
    count: () => n,
  };
}
