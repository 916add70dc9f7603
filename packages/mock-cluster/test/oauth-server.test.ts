// The mock cluster's OAuth server: client credentials, Camunda's audience field honoured, RFC 6749 errors.
import { describe, expect, inject, it } from "vitest";
import { KEYCLOAK_TOKEN_PATH } from "../src/oauth-server.js";

const cluster = inject("mockCluster");

async function requestToken(fields: Record<string, string>, url = cluster.tokenUrl): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: cluster.clientId, ...fields }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function jwtPayload(token: string): Record<string, unknown> {
  const [, payload] = token.split(".");
  return JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("the mock cluster's OAuth server", () => {
  it("issues a JWT whose aud is the audience form field (RFC 6749 §4.4, Camunda's audience)", async () => {
    const { status, body } = await requestToken({ client_secret: cluster.clientSecret, audience: cluster.audience });
    expect(status).toBe(200);
    expect(body["token_type"]).toBe("Bearer");
    expect(body["expires_in"]).toBeGreaterThan(0);
    const claims = jwtPayload(String(body["access_token"]));
    expect(claims["aud"]).toBe(cluster.audience);
    expect(claims["client_id"]).toBe(cluster.clientId);
    expect(claims["iss"]).toBe(new URL(cluster.tokenUrl).origin);
  });

  it("issues a token for the cluster's audience when none is asked for", async () => {
    const { status, body } = await requestToken({ client_secret: cluster.clientSecret });
    expect(status).toBe(200);
    expect(jwtPayload(String(body["access_token"]))["aud"]).toBe(cluster.audience);
  });

  it("answers under Keycloak's token path too", async () => {
    const keycloak = `${new URL(cluster.tokenUrl).origin}${KEYCLOAK_TOKEN_PATH}`;
    expect((await requestToken({ client_secret: cluster.clientSecret }, keycloak)).status).toBe(200);
  });

  it("answers a wrong secret with 401 invalid_client (RFC 6749 §5.2)", async () => {
    const { status, body } = await requestToken({ client_secret: "not-the-secret" });
    expect(status).toBe(401);
    expect(body["error"]).toBe("invalid_client");
  });
});
