// @c8rest/cli-smoke: the c8rest-smoke CLI, also usable as functions.
export { runCli, CLI_VERSION, type CliIo } from "./main.js";
export { parseCliArgs, DEFAULT_TIMEOUT_MS, type CliArgs } from "./args.js";
export { resolveSmokeConfig, describeConfig, type SmokeConfig, type ConfigRow } from "./config.js";
export { runSmoke, type RunSmokeOptions, type SmokeReport, type StepResult, type StepName } from "./steps.js";
export {
  EXIT_CODES,
  USAGE_ERROR_CODE,
  API_STATUS_ERROR_CODE,
  UsageError,
  ApiStatusError,
  classifyError,
  type ExitCode,
  type Failure,
} from "./exit-codes.js";
