// @c8rest/cli-smoke: the c8rest-smoke CLI, also usable as functions.
export { runCli, CLI_VERSION, type CliIo } from "./main.js";
export { parseCliArgs, DEFAULT_TIMEOUT_MS, type CliArgs } from "./args.js";
export { resolveSmokeConfig, describeConfig, describeIncompleteConfig, type SmokeConfig, type ConfigRow, type ConfigProblem } from "./config.js";
export { runSmoke, type RunSmokeOptions, type SmokeReport, type StepResult, type StepName } from "./steps.js";
export {
  EXIT_CODES,
  USAGE_ERROR_CODE,
  STEP_TIMEOUT_ERROR_CODE,
  UsageError,
  StepTimeoutError,
  classifyError,
  isTimeoutReason,
  type ExitCode,
  type Failure,
  type FailureContext,
} from "./exit-codes.js";
