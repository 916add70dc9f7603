import { callOf, sentAuthorization } from "./call-info.js";
import { operationIdFor } from "./path-params.js";
import { excerpt, maskSecrets, secretsOfAuthorization } from "./redact.js";

/** Stable code of {@link CamundaResponseError}: a successful answer whose body could not be read as JSON. */
export const RESPONSE_ERROR_CODE = "C8REST_RESPONSE_INVALID" as const;

/**
 * Thrown when a 2xx answer of a JSON operation is not JSON (e.g. an HTML page of a proxy or login page, or a body
 * that is not valid JSON, RFC 8259). Holds the operation, the status, the `Content-Type` and a short, sanitised
 * `bodyExcerpt`; never the body itself, headers or the request.
 *
 * @example
 * try {
 *   await client.GET("/topology");
 * } catch (e) {
 *   if (e instanceof CamundaResponseError) console.error(e.operationId, e.status, e.bodyExcerpt);
 * }
 */
export class CamundaResponseError extends Error {
  override readonly name = "CamundaResponseError";
  readonly code = RESPONSE_ERROR_CODE;
  // `declare`d fields are set in the constructor: no empty field definitions are emitted (smaller bundles).
  /** The spec's operationId (e.g. `getTopology`), when the path is one of the spec's. */
  declare readonly operationId: string | undefined;
  declare readonly method: string;
  declare readonly path: string;
  declare readonly status: number;
  declare readonly contentType: string | undefined;
  /** HTTP attempts the transport made (0 when the response did not come through it). */
  declare readonly attempts: number;
  /** At most 200 characters of the body, tags and credentials removed. */
  declare readonly bodyExcerpt: string;

  /** `method` and `template` are the call's (`"GET"`, `"/process-instances/{processInstanceKey}"`). */
  constructor(response: Response, body: string, method: string, template: string) {
    const call = callOf(response);
    const path = call?.path ?? template;
    const operationId = operationIdFor(method, template);
    const contentType = response.headers.get("content-type") ?? undefined;
    // The credential the call sent is masked in all of the body first (a server may echo it); then the excerpt is
    // made from its start only, so that a long body costs no more than a short one.
    const secrets = secretsOfAuthorization(sentAuthorization(response));
    const bodyExcerpt = excerpt(maskSecrets(body, secrets).slice(0, 16_384), 200, secrets);
    super(
      `${operationId ?? method} (${method} ${path}) answered HTTP ${response.status} with a body that is not JSON` +
        ` (${contentType ?? "no Content-Type"}): "${bodyExcerpt}". Check that baseUrl is the cluster's REST address,` +
        ` not a proxy or login page (or pass parseAs: "text").`,
    );
    this.operationId = operationId;
    this.method = method;
    this.path = path;
    this.status = response.status;
    this.contentType = contentType;
    this.attempts = call?.attempts ?? 0;
    this.bodyExcerpt = bodyExcerpt;
  }
}
