// The mock cluster's API port: checks the bearer token, forwards the request to Prism, and turns Prism's answers to
// invalid requests into the problem documents a real cluster sends (RFC 9457), with the violations in `detail`.
import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { listen } from "./listen.js";
import type { ServedPaths } from "./served-paths.js";
import type { TokenRejection } from "./token-check.js";

/** A request-side spec violation Prism found (a request the app sent that the spec does not allow). */
export interface SpecViolation {
  method: string;
  /** The request path, e.g. `/v2/process-instances/search`. */
  path: string;
  /** Where in the request, e.g. `["request", "body", "filter", "state"]`. */
  location: string[];
  message: string;
  code?: string | number;
}

/** Options of {@link startFrontServer}. */
export interface FrontServerOptions {
  port: number;
  host: string;
  /** Prism's origin, `http://127.0.0.1:<port>`. */
  prism: string;
  /** The paths forwarded to Prism (the others get a 404 saying where the API is). */
  served: ServedPaths;
  checkToken: (authorization: string | undefined) => Promise<TokenRejection | undefined>;
  onViolations: (violations: SpecViolation[]) => void;
}

/** A running front server. */
export interface FrontServer {
  /** `http://<host>:<port>`. */
  readonly address: string;
  stop(): Promise<void>;
}

interface PrismViolation {
  location?: unknown;
  severity?: unknown;
  code?: string | number;
  message?: unknown;
}

const PRISM_ERRORS = "https://stoplight.io/prism/errors#";
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "upgrade"]);

function problem(res: ServerResponse, status: number, title: string, detail: string, instance: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ type: "about:blank", title, status, detail, instance });
  res.writeHead(status, { "content-type": "application/problem+json", "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

function bearerChallenge(rejection: TokenRejection): string {
  if (!rejection.error) return 'Bearer realm="c8rest-mock"';
  const description = rejection.detail.replace(/["\\]/g, "'");
  return `Bearer realm="c8rest-mock", error="${rejection.error}", error_description="${description}"`;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.once("end", () => resolve(Buffer.concat(chunks)));
    stream.once("error", reject);
  });
}

/** Prism's request-side violations of severity Error, from its `sl-violations` header. */
export function requestViolations(header: string | string[] | undefined, method: string, path: string): SpecViolation[] {
  if (typeof header !== "string") return [];
  let parsed: PrismViolation[];
  try {
    parsed = JSON.parse(header) as PrismViolation[];
  } catch {
    return [];
  }
  return parsed
    .filter((v) => Array.isArray(v.location) && v.location[0] === "request" && (v.severity === undefined || v.severity === "Error"))
    .map((v) => ({
      method,
      path,
      location: (v.location as unknown[]).map(String),
      message: String(v.message ?? "is not valid"),
      ...(v.code !== undefined ? { code: v.code } : {}),
    }));
}

/**
 * The violations as one sentence for a problem's `detail`.
 *
 * @example
 * describeViolations(found); // "Request body property filter.state must be string; query.limit: must be >= 1"
 */
export function describeViolations(violations: readonly SpecViolation[]): string {
  return violations
    .map((v) => {
      const where = v.location.slice(1).join(".") || "request";
      return v.message.includes(v.location.slice(2).join(".") || where) ? v.message : `${where}: ${v.message}`;
    })
    .join("; ");
}

/**
 * Starts the API port of the mock cluster in front of Prism.
 *
 * @example
 * const front = await startFrontServer({ port: 0, host: "127.0.0.1", prism: prism.url, served: servedPaths(mockSpec), checkToken, onViolations });
 */
export async function startFrontServer(options: FrontServerOptions): Promise<FrontServer> {
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    handle(options, agent, req, res).catch((error: unknown) => {
      if (!res.headersSent) problem(res, 500, "Internal Server Error", `c8rest-mock: ${(error as Error).message}`, req.url ?? "/");
      else res.destroy();
    });
  });
  await listen(server, options.port, options.host, "The mock cluster's API");
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    address: `http://${host}:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function handle(options: FrontServerOptions, agent: Agent, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? "/";
  const path = url.split("?")[0]!;
  const method = req.method ?? "GET";
  if (!options.served.serves(path)) {
    problem(res, 404, "Not Found", `No API at ${path}: the Orchestration Cluster API is served ${options.served.where}.`, path);
    return;
  }
  const rejection = await options.checkToken(req.headers.authorization);
  if (rejection) {
    req.resume();
    problem(res, 401, "Unauthorized", rejection.detail, path, { "www-authenticate": bearerChallenge(rejection) });
    return;
  }
  const prism = new URL(options.prism);
  const upstream = await new Promise<IncomingMessage>((resolve, reject) => {
    const headers = { ...req.headers, host: prism.host };
    const forward = httpRequest({ host: prism.hostname, port: prism.port, method, path: url, headers, agent }, resolve);
    forward.once("error", (error) => reject(new Error(`Prism did not answer (${error.message})`, { cause: error })));
    req.pipe(forward);
  });
  const body = await readAll(upstream);
  const status = upstream.statusCode ?? 500;
  const violations = requestViolations(upstream.headers["sl-violations"], method, path);
  if (violations.length > 0) options.onViolations(violations);
  if (status >= 400 && violations.length > 0) {
    // Prism's own list stays available to tools that read it, as `sl-violations`.
    const raw = { "sl-violations": String(upstream.headers["sl-violations"]) };
    problem(res, 400, "Bad Request", `The request does not match the spec: ${describeViolations(violations)}.`, path, raw);
    return;
  }
  const contentType = String(upstream.headers["content-type"] ?? "");
  if (status >= 400 && contentType.includes("json")) {
    const prismProblem = parsePrismProblem(body);
    if (prismProblem) {
      const [code, title, detail] = prismProblem;
      problem(res, code, title, detail.replace("{method}", method).replace("{path}", path), path);
      return;
    }
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(upstream.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  res.writeHead(status, { ...headers, "content-length": String(body.length) });
  res.end(body);
}

/** Prism's own error documents (no operation matched, ...) as the status, title and detail a cluster would send. */
function parsePrismProblem(body: Buffer): [number, string, string] | undefined {
  let doc: { type?: unknown; title?: unknown; detail?: unknown };
  try {
    doc = JSON.parse(body.toString("utf8")) as typeof doc;
  } catch {
    return undefined;
  }
  if (typeof doc.type !== "string" || !doc.type.startsWith(PRISM_ERRORS)) return undefined;
  switch (doc.type.slice(PRISM_ERRORS.length)) {
    case "NO_PATH_MATCHED_ERROR":
      return [404, "Not Found", "No operation of the spec matches {method} {path}."];
    case "NO_METHOD_MATCHED_ERROR":
      return [405, "Method Not Allowed", "The spec has no {method} operation at {path}."];
    case "UNPROCESSABLE_ENTITY":
      return [400, "Bad Request", `The request does not match the spec: ${String(doc.detail ?? doc.title)}.`];
    default:
      return [500, "Internal Server Error", `c8rest-mock: ${String(doc.title ?? doc.type)}.`];
  }
}
