import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack } from "../lib/stack.mjs";

type Stack = Awaited<ReturnType<typeof startStack>>;

describe("the bench's local stack (token endpoint + topology)", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ lifetimeSeconds: 60 });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it("answers the topology only with a token it issued, and counts what it served", async () => {
    expect(stack.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const denied = await fetch(`${stack.origin}/v2/topology`, { headers: { authorization: "Bearer forged" } });
    expect(denied.status).toBe(401);
    const reply = await fetch(stack.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: "bench", client_secret: "bench-secret" }),
    });
    const { access_token, expires_in } = (await reply.json()) as { access_token: string; expires_in: number };
    expect(expires_in).toBe(60);
    const ok = await fetch(`${stack.origin}/v2/topology`, { headers: { authorization: `Bearer ${access_token}` } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { clusterSize: number }).clusterSize).toBe(1);
    expect(await stack.stats()).toEqual({ tokenRequests: 1, tokensIssued: 1, apiRequests: 2, unauthorized: 1 });
  });

  it("rejects a wrong client secret as the OAuth spec says (401 invalid_client)", async () => {
    const reply = await fetch(stack.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: "bench", client_secret: "wrong" }),
    });
    expect(reply.status).toBe(401);
    expect(await reply.json()).toEqual({ error: "invalid_client" });
  });
});
