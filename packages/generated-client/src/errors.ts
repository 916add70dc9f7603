/** Stable code of {@link CamundaConfigError}: the client options are wrong. */
export const CONFIG_ERROR_CODE = "C8REST_CONFIG_INVALID" as const;

/**
 * Thrown by {@link createCamundaClient} when an option cannot work, before any request is sent.
 * The message names the option and says what to fix; it never contains credentials.
 *
 * @example
 * try {
 *   createCamundaClient({ baseUrl: "localhost:8080" });
 * } catch (e) {
 *   if (e instanceof CamundaConfigError) console.error(e.code, e.option, e.message);
 * }
 */
export class CamundaConfigError extends Error {
  override readonly name = "CamundaConfigError";
  readonly code = CONFIG_ERROR_CODE;
  /** The option that was wrong, e.g. `"baseUrl"`. */
  readonly option: string;

  constructor(option: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.option = option;
  }
}
