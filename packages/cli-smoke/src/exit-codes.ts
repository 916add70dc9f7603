// Exit codes of c8rest-smoke and the mapping from an error to one of them, with a hint of what to fix.
import { AUTH_CONFIG_ERROR, OAUTH_ERROR, TOKEN_REQUEST_ERROR, TOKEN_RESPONSE_ERROR } from "@c8rest/auth";
import {
  CONFIG_ERROR_CODE,
  PATH_PARAMETER_ERROR_CODE,
  REDIRECT_ERROR_CODE,
  RESPONSE_ERROR_CODE,
  RESPONSE_TOO_LARGE_ERROR_CODE,
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
/** Stable code of {@link ApiStatusError}. */
export const API_STATUS_ERROR_CODE = "C8REST_SMOKE_API_STATUS" as const;

/**
 * A command line or configuration mistake of `c8rest-smoke` (exit code 2). `setting` names the flag or variable.
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
 * The API answered a smoke step with a non-2xx status (exit code 4, or 3 for 401).
 *
 * @example
 * throw new ApiStatusError("GET /v2/topology", 503, "Service Unavailable");
 */
export class ApiStatusError extends Error {
  override readonly name = "ApiStatusError";
  readonly code = API_STATUS_ERROR_CODE;
  constructor(
    readonly call: string,
    readonly status: number,
    detail: string | undefined,
  ) {
    super(`${call} answered HTTP ${status}${detail ? `: ${detail}` : ""}`);
  }
}

/** What the CLI prints for a failure and the exit code it ends with. */
export interface Failure {
  exitCode: ExitCode;
  message: string;
  hint: string;
}

type Coded = Error & { code?: unknown; failure?: unknown; setting?: unknown; error?: unknown };

const NETWORK_NAMES = new Set(["TimeoutError", "AbortError", "CamundaTimeoutError", "CamundaNetworkError"]);

function firstLine(text: string): string {
  return text.split("\n")[0]!.trim();
}

function causeCode(error: unknown): string | undefined {
  for (let e = error as Coded | undefined, i = 0; e && i < 5; e = e.cause as Coded | undefined, i++) {
    if (typeof e.code === "string" && /^E[A-Z]+/.test(e.code)) return e.code;
  }
  return undefined;
}

/**
 * Maps an error of a smoke step to an exit code, a one-line message and a hint. Errors are recognised by their
 * stable `code` (or `name`), so this works across package versions. No message here contains a secret: the
 * auth and client packages keep them out of theirs, `mask` hides the secrets the CLI knows, and this adds only
 * names of variables.
 *
 * @example
 * classifyError(new UsageError("--timeout", "bad")).exitCode; // 2
 */
export function classifyError(error: unknown, mask: (text: string) => string = (t) => t): Failure {
  const e = (error instanceof Error ? error : new Error(String(error))) as Coded;
  // Masked before it is cut to its first line, so no part of a secret survives the cut.
  const message = firstLine(mask(e.message));
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
      if (e.failure === "network" || e.failure === "timeout") {
        return { exitCode: EXIT_CODES.NETWORK, message, hint: "check ZEEBE_AUTHORIZATION_SERVER_URL is reachable from here (or raise --timeout)" };
      }
      return { exitCode: EXIT_CODES.AUTH, message, hint: "check ZEEBE_AUTHORIZATION_SERVER_URL is the token endpoint of your identity provider" };
    case API_STATUS_ERROR_CODE: {
      const status = (e as unknown as ApiStatusError).status;
      if (status === 401) {
        return { exitCode: EXIT_CODES.AUTH, message, hint: "the API refused the token: check the audience (ZEEBE_TOKEN_AUDIENCE) and the client's permissions" };
      }
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
    // @c8rest/client's transport errors (CamundaTimeoutError, CamundaNetworkError; also a body cut off)
    case "C8REST_TIMEOUT":
    case "C8REST_NETWORK":
      return { exitCode: EXIT_CODES.NETWORK, message, hint: "check ZEEBE_REST_ADDRESS is reachable from here (or raise --timeout)" };
  }
  if (NETWORK_NAMES.has(e.name) || (e.name === "TypeError" && message === "fetch failed") || causeCode(e)) {
    const cause = causeCode(e);
    return {
      exitCode: EXIT_CODES.NETWORK,
      message: cause ? `${message} (${cause})` : message,
      hint: "check the address is reachable from here (or raise --timeout)",
    };
  }
  return { exitCode: EXIT_CODES.UNEXPECTED, message, hint: "unexpected error: run again with --verbose and report it" };
}
