// The AccessToken value handed to callers: prints without its token.
import { hideFields } from "./hide-fields.js";

/**
 * A bearer token obtained with the client-credentials grant.
 * `util.inspect` and `JSON.stringify` print it with `token` redacted.
 */
export interface AccessToken {
  /** The token string (RFC 6750 `b64token`), sent as `Authorization: Bearer <token>`. */
  readonly token: string;
  /** Always `"Bearer"` (RFC 6750); other token types are rejected. */
  readonly tokenType: "Bearer";
  /** When the token stops being valid, in milliseconds since the epoch of the provider's clock. */
  readonly expiresAt: number;
}

/** Creates an {@link AccessToken} that prints without its token. */
export function createAccessToken(token: string, expiresAt: number): AccessToken {
  return hideFields({ token, tokenType: "Bearer" as const, expiresAt }, ["token"]);
}
