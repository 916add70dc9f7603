// Sends one contract request with plain fetch (this package depends on no client of ours) and reads the body.
import type { ContractRequest } from "./build-request.js";
import type { SpecOperation } from "./spec-operations.js";

export interface SentCall {
  response: Response;
  /** Parsed JSON, text, or an ArrayBuffer, as the response's content type says; undefined without a body. */
  body: unknown;
}

/** A token of the mock's OAuth server for the cluster's audience (client credentials, RFC 6749 §4.4). */
export async function fetchToken(cluster: { tokenUrl: string; clientId: string; clientSecret: string; audience: string }): Promise<string> {
  const response = await fetch(cluster.tokenUrl, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: cluster.clientId,
      client_secret: cluster.clientSecret,
      audience: cluster.audience,
    }),
  });
  if (!response.ok) throw new Error(`token request failed with ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** `<address><base><path>` (the base is `/v2` but for own-base operations) with the path and query parameters. */
export function requestUrl(address: string, operation: SpecOperation, request: ContractRequest): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(request.params.path[name])));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.params.query)) query.append(name, typeof value === "string" ? value : JSON.stringify(value));
  const search = query.size > 0 ? `?${query}` : "";
  return `${address}${operation.basePath}${path}${search}`;
}

/** Sends `request` for `operation` with `Authorization: Bearer <token>`. */
export async function send(address: string, token: string, operation: SpecOperation, request: ContractRequest): Promise<SentCall> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  let body: FormData | string | undefined;
  if (request.body instanceof FormData) body = request.body;
  else if (request.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.body);
  }
  const response = await fetch(requestUrl(address, operation, request), { method: operation.method.toUpperCase(), headers, ...(body ? { body } : {}) });
  const type = (response.headers.get("content-type") ?? "").toLowerCase();
  const raw = await response.arrayBuffer();
  if (raw.byteLength === 0) return { response, body: undefined };
  if (type.includes("json")) return { response, body: JSON.parse(Buffer.from(raw).toString("utf8")) as unknown };
  if (type.startsWith("text/") || type.includes("xml")) return { response, body: Buffer.from(raw).toString("utf8") };
  return { response, body: raw };
}
