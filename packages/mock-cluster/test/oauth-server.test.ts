// The mock stack's OAuth server: client credentials for the demo client, Camunda's audience field honoured.
import { describe, expect, inject, it } from "vitest";

const stack = inject("mockStack");

async function requestToken(fields: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(stack.tokenUrl, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: stack.clientId, ...fields }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function jwtPayload(token: string): Record<string, unknown> {
  const [, payload] = token.split(".");
  return JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("the mock stack's OAuth server", () => {
  it("issues a JWT whose aud is the audience form field (RFC 6749 §4.4, Camunda's audience)", async () => {
    const { status, body } = await requestToken({ client_secret: stack.clientSecret, audience: stack.audience });
    expect(status).toBe(200);
    expect(body["token_type"]).toBe("Bearer");
    expect(body["expires_in"]).toBeGreaterThan(0);
    const claims = jwtPayload(String(body["access_token"]));
    expect(claims["aud"]).toBe(stack.audience);
    expect(claims["client_id"]).toBe(stack.clientId);
    expect(claims["iss"]).toBe(new URL(stack.tokenUrl).origin);
  });

  it("issues an opaque token without an audience", async () => {
    const { status, body } = await requestToken({ client_secret: stack.clientSecret });
    expect(status).toBe(200);
    expect(String(body["access_token"]).split(".")).toHaveLength(1);
  });

  it("answers a wrong secret with 401 invalid_client (RFC 6749 §5.2)", async () => {
    const { status, body } = await requestToken({ client_secret: "not-the-secret" });
    expect(status).toBe(401);
    expect(body["error"]).toBe("invalid_client");
  });

  it("hands out the variables a user sets", () => {
    expect(stack.env).toEqual({
      ZEEBE_REST_ADDRESS: stack.apiAddress,
      ZEEBE_CLIENT_ID: "c8rest-demo",
      ZEEBE_CLIENT_SECRET: "c8rest-demo-secret",
      ZEEBE_AUTHORIZATION_SERVER_URL: stack.tokenUrl,
      ZEEBE_TOKEN_AUDIENCE: "zeebe-api",
      CAMUNDA_AUTH_STRATEGY: "OAUTH",
    });
    expect(stack.apiAddress).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stack.tokenUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/token$/);
  });
});
