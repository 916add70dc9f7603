// The error of `spec:update` and its codes. Every failure of the command is a SpecUpdateError with one of these
// codes (the CLI prints `spec:update FAILED (<code>): <message>`); nothing in spec/ has changed when it is thrown.

/** The command line is wrong (unknown option, two inputs, an option without its value). */
export const SPEC_USAGE = "C8REST_SPEC_USAGE";
/** The input could not be read (missing file, HTTP error, a `$ref`'d sibling file missing). */
export const SPEC_UNREADABLE = "C8REST_SPEC_UNREADABLE";
/** The input is not a usable OpenAPI 3.x document, or the code generated from it does not compile. */
export const SPEC_INVALID = "C8REST_SPEC_INVALID";
/** The Camunda version was neither given nor found in the input's name. */
export const SPEC_VERSION_MISSING = "C8REST_SPEC_VERSION_MISSING";
/** Writing the result failed (permissions, disk full); files already replaced are listed in the message. */
export const SPEC_WRITE_FAILED = "C8REST_SPEC_WRITE_FAILED";

/** Every code with what it means, for `--help` and the README. */
export const SPEC_ERROR_CODES = {
  [SPEC_USAGE]: "wrong command line (unknown option, two inputs, option without value)",
  [SPEC_UNREADABLE]: "input not readable (missing file or sibling file, HTTP error)",
  [SPEC_INVALID]: "input not a usable OpenAPI 3.x spec, or the code generated from it does not compile",
  [SPEC_VERSION_MISSING]: "Camunda version not given and not in the input's name",
  [SPEC_WRITE_FAILED]: "writing the result failed",
};

/**
 * An error of `spec:update`; `code` is one of the constants above.
 *
 * @example
 * try { await updateSpec({ input }); } catch (e) { if (e instanceof SpecUpdateError) console.error(e.code, e.message); }
 */
export class SpecUpdateError extends Error {
  /**
   * @param {string} code one of the `C8REST_SPEC_*` constants
   * @param {string} message what went wrong and what to do
   * @param {{ cause?: unknown }} [options]
   */
  constructor(code, message, options) {
    super(message, options);
    this.name = "SpecUpdateError";
    this.code = code;
  }
}
