import type { PathSerializer } from "openapi-fetch";
import { bindCallMethods, type RawMethods } from "./call-methods.js";
import { CamundaConfigError } from "./errors.js";
import type { CamundaClient } from "./strict-client.js";
import type { CallOptions } from "./transport/options.js";
import type { TransportFetch } from "./transport/transport.js";
import type { RequestKind } from "./transport/call-request.js";

interface Known {
  raw: RawMethods;
  transport: TransportFetch;
  pathSerializer: PathSerializer | undefined;
  kind: RequestKind | undefined;
}
const clients = new WeakMap<object, Known>();

/** Links a client to openapi-fetch's own methods and its transport (done by createCamundaClient). */
export function registerClient(client: object, raw: RawMethods, transport: TransportFetch, pathSerializer?: PathSerializer, kind?: RequestKind): void {
  clients.set(client, { raw, transport, pathSerializer, kind });
}

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
  const known = clients.get(client);
  if (!known) {
    throw new CamundaConfigError("client", "withCallOptions needs a client made by createCamundaClient.");
  }
  const transport = known.transport.withOptions(options);
  const view = Object.create(client) as Record<string, unknown>;
  bindCallMethods(view, known.raw, transport, known.pathSerializer, known.kind);
  clients.set(view, { ...known, transport });
  return view as unknown as CamundaClient;
}
