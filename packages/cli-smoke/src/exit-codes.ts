// Exit codes of c8rest-smoke and the mapping from an error to one of them, with a hint of what to fix.
import { AUTH_CONFIG_ERROR, OAUTH_ERROR, TOKEN_REQUEST_ERROR, TOKEN_RESPONSE_ERROR, type AuthStrategy } from "@c8rest/auth";
import {
  CONFIG_ERROR_CODE,
  errorCode,
  isTlsError,
  NETWORK_ERROR_CODE,
  PATH_PARAMETER_ERROR_CODE,
  PROBLEM_ERROR_CODE,
  REDIRECT_ERROR_CODE,
  RESPONSE_ERROR_CODE,
  RESPONSE_TOO_LARGE_ERROR_CODE,
  TIMEOUT_ERROR_CODE,
} from "@c8rest/client";

/** Exit codes of `c8rest-smoke` (also in `--help` and the README). */
export const EXIT_CODES = {
  /** Every step passed. */
  OK: 0,
  /** Something unexpected (a bug): please report it. */
  UNEXPECTED: 1,
  /** Configuration error: a missing or invalid variable or flag. Nothing was sent. */
  CONFIG: 2,
  /** Authentication error: the token endpoint refused the client, or the API answered 401. */
  AUTH: 3,
  /** API error: the API answered with a non-2xx status (other than 401), a redirect, or a body that cannot be read. */
  API: 4,
  /** Network error or timeout: an address could not be reached, did not answer in time, or cut its answer off. */
  NETWORK: 5,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** Stable code of {@link UsageError}. */
export const USAGE_ERROR_CODE = "C8REST_SMOKE_USAGE" as const;
/** Stable code of {@link StepTimeoutError}. */
export const STEP_TIMEOUT_ERROR_CODE = "C8REST_SMOKE_TIMEOUT" as const;

/**
 * A command line or configuration mistake of `c8rest-smoke` (exit code 2). `setting` names the flag or variable, as
 * `AuthConfigError.setting` and `CamundaConfigError.setting` do.
 *
 * @example
 * throw new UsageError("--timeout", "--timeout must be a number of milliseconds, e.g. --timeout 5000.");
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code = USAGE_ERROR_CODE;
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A step did not finish within `--timeout` (exit code 5). `cause` is what the aborted call threw.
 *
 * @example
 * throw new StepTimeoutError("topology", 10_000);
 */
export class StepTimeoutError extends Error {
  override readonly name = "StepTimeoutError";
  readonly code = STEP_TIMEOUT_ERROR_CODE;
  constructor(
    readonly step: string,
    readonly timeoutMs: number,
    cause?: unknown,
  ) {
    super(`${step} timed out after ${timeoutMs} ms (--timeout)`, cause === undefined ? undefined : { cause });
  }
}

/** Whether `error` (or its cause) is an `AbortSignal.timeout()` reason, a `TimeoutError` DOMException. */
export function isTimeoutReason(error: unknown): boolean {
  for (let e = error as { name?: unknown; cause?: unknown } | undefined, i = 0; e && typeof e === "object" && i < 5; e = e.cause as never, i++) {
    if (e.name === "TimeoutError") return true;
  }
  return false;
}

/** What the CLI prints for a failure and the exit code it ends with. */
export interface Failure {
  exitCode: ExitCode;
  message: string;
  hint: string;
}

/** What the hints may depend on: the auth strategy in use. */
export interface FailureContext {
  strategy?: AuthStrategy | undefined;
}

type Coded = Error & { code?: unknown; failure?: unknown; status?: unknown; errorCode?: unknown };

const TLS_HINT =
  "a TLS problem: if the certificate is not trusted, set CAMUNDA_CUSTOM_ROOT_CERT_PATH to its CA; if a client certificate is required, set CAMUNDA_MTLS_CERT_PATH and CAMUNDA_MTLS_KEY_PATH";

function firstLine(text: string): string {
  return text.split("\n")[0]!.trim();
}

function unauthorizedHint(strategy: AuthStrategy | undefined): string {
  switch (strategy) {
    case "NONE":
      return "no credentials are set (auth strategy NONE), and the cluster wants them: set ZEEBE_CLIENT_ID and ZEEBE_CLIENT_SECRET (OAuth), CAMUNDA_OAUTH_TOKEN or CAMUNDA_BASIC_AUTH_USERNAME and CAMUNDA_BASIC_AUTH_PASSWORD";
    case "BASIC":
      return "the API refused the basic credentials: check CAMUNDA_BASIC_AUTH_USERNAME and CAMUNDA_BASIC_AUTH_PASSWORD";
    case "BEARER":
      return "the API refused CAMUNDA_OAUTH_TOKEN: it may have expired, or be meant for another cluster";
    default:
      return "the API refused the token: check the audience (ZEEBE_TOKEN_AUDIENCE) and the client's permissions";
  }
}

/**
 * Maps an error of a smoke step to an exit code, a one-line message and a hint that fits it (a TLS failure gets a
 * TLS hint, a 401 with no credentials says so). Errors are recognised by the stable `code` constants the packages
 * export (see docs/errors.md); errors without one (Node's `fetch failed`, an `AbortSignal` reason) by their cause.
 * No message here contains a secret: the auth and client packages keep them out of theirs, `mask` hides the secrets
 * the CLI knows, and this adds only names of variables.
 *
 * @example
 * classifyError(new UsageError("--timeout", "bad")).exitCode; // 2
 */
export function classifyError(error: unknown, mask: (text: string) => string = (t) => t, context: FailureContext = {}): Failure {
  const e = (error instanceof Error ? error : new Error(String(error))) as Coded;
  // Masked before it is cut to its first line, so no part of a secret survives the cut.
  const message = firstLine(mask(e.message));
  const tls = isTlsError(errorCode(e));
  switch (e.code) {
    case USAGE_ERROR_CODE:
    case AUTH_CONFIG_ERROR:
    case CONFIG_ERROR_CODE:
    case PATH_PARAMETER_ERROR_CODE:
      return { exitCode: EXIT_CODES.CONFIG, message, hint: "fix the setting named above (see c8rest-smoke config and --help)" };
    case OAUTH_ERROR:
      return {
        exitCode: EXIT_CODES.AUTH,
        message,
        hint: "check ZEEBE_CLIENT_ID / ZEEBE_CLIENT_SECRET, and the audience and scope the token endpoint expects",
      };
    case TOKEN_RESPONSE_ERROR:
      return { exitCode: EXIT_CODES.AUTH, message, hint: "check ZEEBE_AUTHORIZATION_SERVER_URL points at an OAuth token endpoint" };
    case TOKEN_REQUEST_ERROR:
      if (tls) return { exitCode: EXIT_CODES.NETWORK, message, hint: `token endpoint: ${TLS_HINT}` };
      if (e.failure === "network" || e.failure === "timeout") {
        return { exitCode: EXIT_CODES.NETWORK, message, hint: "check ZEEBE_AUTHORIZATION_SERVER_URL is reachable from here (or raise --timeout)" };
      }
      return { exitCode: EXIT_CODES.AUTH, message, hint: "check ZEEBE_AUTHORIZATION_SERVER_URL is the token endpoint of your identity provider" };
    case PROBLEM_ERROR_CODE: {
      const status = e.status;
      if (status === 401) return { exitCode: EXIT_CODES.AUTH, message, hint: unauthorizedHint(context.strategy) };
      return {
        exitCode: EXIT_CODES.API,
        message,
        hint: status === 403 ? "the client lacks permission for this call" : "the cluster answered but is not healthy; see the message above",
      };
    }
    case REDIRECT_ERROR_CODE:
      return { exitCode: EXIT_CODES.API, message, hint: "ZEEBE_REST_ADDRESS is redirected elsewhere: set it to the address the API answers at (e.g. https: instead of http:)" };
    case RESPONSE_ERROR_CODE:
    case RESPONSE_TOO_LARGE_ERROR_CODE:
      return { exitCode: EXIT_CODES.API, message, hint: "the answer is not the cluster's API: check ZEEBE_REST_ADDRESS is the REST address, not a proxy or login page" };
    case STEP_TIMEOUT_ERROR_CODE:
    case TIMEOUT_ERROR_CODE:
      return { exitCode: EXIT_CODES.NETWORK, message, hint: "no answer in time: check the address is reachable from here, or raise --timeout" };
    case NETWORK_ERROR_CODE:
      return { exitCode: EXIT_CODES.NETWORK, message, hint: tls ? TLS_HINT : "check ZEEBE_REST_ADDRESS is reachable from here" };
  }
  // No code of ours: an error of Node's fetch or an AbortSignal reason, told apart by what caused it.
  if (isTimeoutReason(e)) return { exitCode: EXIT_CODES.NETWORK, message: `timed out (${message})`, hint: "no answer in time: raise --timeout" };
  const cause = errorCode(e);
  if (cause || (e.name === "TypeError" && message === "fetch failed")) {
    return {
      exitCode: EXIT_CODES.NETWORK,
      message: cause ? `${message} (${cause})` : message,
      hint: tls ? TLS_HINT : "check the address is reachable from here (or raise --timeout)",
    };
  }
  return { exitCode: EXIT_CODES.UNEXPECTED, message, hint: "unexpected error: run again with --verbose and report it" };
}
