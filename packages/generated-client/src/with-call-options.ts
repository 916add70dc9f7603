import { CamundaConfigError } from "./errors.js";
import type { CamundaClient } from "./strict-client.js";
import type { CallOptions } from "./transport/options.js";
import type { TransportFetch } from "./transport/transport.js";

const transports = new WeakMap<object, TransportFetch>();

/** Links a client to its transport (done by createCamundaClient). */
export function registerTransport(client: object, transport: TransportFetch): void {
  transports.set(client, transport);
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"] as const;

/**
 * A view of `client` whose calls use other transport settings (timeout, retries); middleware, base URL and the retry
 * budget stay shared. Cheap: create one per call or keep one per purpose. The call's own `signal` still applies.
 *
 * @throws {CamundaConfigError} when `client` was not made by createCamundaClient, or an option is out of range.
 * @example
 * const patient = withCallOptions(client, { timeoutMs: 120_000, retry: { maxAttempts: 5 } });
 * const { data } = await patient.POST("/process-instances/search", { body: {} });
 */
export function withCallOptions(client: CamundaClient, options: CallOptions): CamundaClient {
  const transport = transports.get(client);
  if (!transport) {
    throw new CamundaConfigError("client", "withCallOptions needs a client made by createCamundaClient.");
  }
  const fetch = transport.withOptions(options);
  const view = Object.create(client) as Record<string, unknown>;
  const base = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const m of METHODS) {
    view[m] = (url: unknown, init?: Record<string, unknown>) => base[m]!(url, { ...init, fetch });
  }
  view.request = (method: unknown, url: unknown, init?: Record<string, unknown>) => base.request!(method, url, { ...init, fetch });
  transports.set(view, fetch);
  return view as unknown as CamundaClient;
}
