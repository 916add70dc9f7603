/** The version of this package's public surface; the CLI arrives with the smoke-CLI issue. */
export const CLI_PACKAGE = "@c8rest/cli-smoke" as const;
