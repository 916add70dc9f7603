/** The version of this package's public surface; the auth strategies arrive with the auth issue. */
export const AUTH_PACKAGE = "@c8rest/auth" as const;
