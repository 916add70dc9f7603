// Checks a request's bearer token as a real cluster does: a JWT from the mock's OAuth server (signature against its
// JWK Set), not expired, for the cluster's audience (RFC 6750, RFC 9068).

/** Why a request is unauthorized, as said in the 401 problem (never the token itself). */
export interface TokenRejection {
  /** The RFC 6750 §3.1 error code for `WWW-Authenticate`, absent when the request had no credentials. */
  error?: "invalid_request" | "invalid_token";
  detail: string;
}

/** Options of {@link createTokenCheck}. */
export interface TokenCheckOptions {
  /** The public keys of the OAuth server. */
  jwks: { keys: Record<string, unknown>[] };
  issuer: string;
  audience: string;
  tokenUrl: string;
}

/**
 * Returns a function that checks an `Authorization` header value and resolves to `undefined` when the token is
 * valid, else to the reason.
 *
 * @example
 * const check = await createTokenCheck({ jwks: oauth.jwks, issuer: oauth.issuer, audience: "zeebe-api", tokenUrl });
 * await check(req.headers.authorization); // undefined, or { error: "invalid_token", detail: "..." }
 */
export async function createTokenCheck(options: TokenCheckOptions): Promise<(header: string | undefined) => Promise<TokenRejection | undefined>> {
  const { createLocalJWKSet, jwtVerify, errors } = await import("jose");
  const keys = createLocalJWKSet(options.jwks as Parameters<typeof createLocalJWKSet>[0]);
  const fetchOne = `get one from ${options.tokenUrl} (client credentials, audience ${options.audience})`;
  return async (header) => {
    if (header === undefined || header.trim() === "") {
      return { detail: `No access token: send "Authorization: Bearer <token>"; ${fetchOne}.` };
    }
    const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
    if (!match) return { error: "invalid_request", detail: `The Authorization header is not "Bearer <token>" (RFC 6750 §2.1).` };
    try {
      await jwtVerify(match[1]!, keys, { issuer: options.issuer, audience: options.audience });
      return undefined;
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { error: "invalid_token", detail: `The access token has expired: ${fetchOne}.` };
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === "aud") {
        return { error: "invalid_token", detail: `The access token is not for audience ${options.audience}: ${fetchOne}.` };
      }
      if (error instanceof errors.JWTClaimValidationFailed) {
        return { error: "invalid_token", detail: `The access token's "${error.claim}" claim is not valid here: ${fetchOne}.` };
      }
      return { error: "invalid_token", detail: `The access token was not issued by this cluster's OAuth server: ${fetchOne}.` };
    }
  };
}
