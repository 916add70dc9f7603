import { looseClient } from "./support/loose-client.ts";
import { describe, expect, it } from "vitest";
import { basicAuthMiddleware } from "../src/basic.ts";
import { bearerTokenMiddleware } from "../src/bearer.ts";
import { AuthConfigError } from "../src/errors.ts";
import { recordError } from "./support/output-scan.ts";


/** A client whose fetch answers with the Authorization header it was given (or "none"). */
function echoClient(baseUrl = "http://127.0.0.1:9/v2") {
  return looseClient({ baseUrl, fetch: async (r) => new Response(r.headers.get("authorization") ?? "none") });
}

function configError(f: () => unknown): AuthConfigError {
  try {
    f();
  } catch (e) {
    recordError(e);
    expect(e).toBeInstanceOf(AuthConfigError);
    return e as AuthConfigError;
  }
  throw new Error("expected an AuthConfigError");
}

describe("basicAuthMiddleware (RFC 7617)", () => {
  it("sends UTF-8 user:password in base64 to the API's origin only", async () => {
    const c = echoClient();
    c.use(basicAuthMiddleware({ username: "dëmo", password: "demo-password-42 :+%", baseUrl: "http://127.0.0.1:9" }));
    const { data } = await c.GET("/topology", { parseAs: "text" });
    expect(data).toBe(`Basic ${Buffer.from("dëmo:demo-password-42 :+%", "utf8").toString("base64")}`);
    await expect(c.GET("/topology", { parseAs: "text", baseUrl: "http://127.0.0.2:9/v2" })).rejects.toBeInstanceOf(AuthConfigError);
  });

  it("refuses a missing user or password and a user with ':'", () => {
    expect(configError(() => basicAuthMiddleware({ username: "", password: "p" })).setting).toBe("username");
    expect(configError(() => basicAuthMiddleware({ username: "a:b", password: "p" })).setting).toBe("username");
    expect(configError(() => basicAuthMiddleware({ username: "u", password: "" })).setting).toBe("password");
  });
});

describe("bearerTokenMiddleware (RFC 6750)", () => {
  it("sends a fixed token", async () => {
    const c = echoClient();
    c.use(bearerTokenMiddleware("fixed-token-123"));
    expect((await c.GET("/topology", { parseAs: "text" })).data).toBe("Bearer fixed-token-123");
  });

  it("calls an async function for every request", async () => {
    let n = 0;
    const c = echoClient();
    c.use(bearerTokenMiddleware(async () => `fn-token-${++n}`));
    expect((await c.GET("/a", { parseAs: "text" })).data).toBe("Bearer fn-token-1");
    expect((await c.GET("/a", { parseAs: "text" })).data).toBe("Bearer fn-token-2");
  });

  it.each([[""], ["with space"], ["crlf\r\nX-Injected: 1"], ["nön-ascii"]])("refuses the token %j without echoing it", (token) => {
    const e = configError(() => bearerTokenMiddleware(token));
    if (token) expect(e.message).not.toContain(token);
  });

  it("a function returning a bad token fails the request before it is sent", async () => {
    let sent = 0;
    const c = looseClient({ baseUrl: "http://127.0.0.1:9/v2", fetch: async () => (sent++, new Response("")) });
    c.use(bearerTokenMiddleware(() => "bad token"));
    await expect(c.GET("/topology")).rejects.toBeInstanceOf(AuthConfigError);
    expect(sent).toBe(0);
  });
});
