/** Stable code of {@link CamundaConfigError}: the client options are wrong. */
export const CONFIG_ERROR_CODE = "C8REST_CONFIG_INVALID" as const;

/**
 * Thrown by {@link createCamundaClient} (and the TLS helpers) when an option or environment variable cannot work,
 * before any request is sent. `setting` names it, as `AuthConfigError.setting` of `@c8rest/auth` does; the message
 * says what to fix and never contains credentials. See docs/errors.md for every code.
 *
 * @example
 * try {
 *   createCamundaClient({ baseUrl: "localhost:8080" });
 * } catch (e) {
 *   if (e instanceof CamundaConfigError) console.error(e.code, e.setting, e.message);
 * }
 */
export class CamundaConfigError extends Error {
  override readonly name = "CamundaConfigError";
  readonly code = CONFIG_ERROR_CODE;
  // `declare`d fields are set in the constructor: no empty field definitions are emitted (smaller bundles).
  /** The option or environment variable that was wrong, e.g. `"baseUrl"` or `"CAMUNDA_MTLS_CERT_PATH"`. */
  declare readonly setting: string;

  constructor(setting: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.setting = setting;
  }
}
