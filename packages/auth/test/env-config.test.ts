import { inspect } from "node:util";
import { resolveApiBaseUrl } from "@c8rest/client";
import { describe, expect, it } from "vitest";
import { readAuthConfig } from "../src/env-config.ts";
import { AuthConfigError } from "../src/errors.ts";
import { UNIT_SECRET } from "./support/oauth-clients.ts";
import { recordError } from "./support/output-scan.ts";

function configError(env: Record<string, string>): AuthConfigError {
  try {
    readAuthConfig(env);
  } catch (e) {
    recordError(e);
    expect(e).toBeInstanceOf(AuthConfigError);
    return e as AuthConfigError;
  }
  throw new Error("expected an AuthConfigError");
}

describe("readAuthConfig", () => {
  it("SaaS: id + secret mean OAuth, with the SaaS token URL and audience as defaults and every source named", () => {
    const c = readAuthConfig({ ZEEBE_CLIENT_ID: "id", ZEEBE_CLIENT_SECRET: UNIT_SECRET, ZEEBE_REST_ADDRESS: "https://bru-2.zeebe.camunda.io/abc" });
    expect(c.strategy).toEqual({ value: "OAUTH", source: "ZEEBE_CLIENT_ID + ZEEBE_CLIENT_SECRET" });
    expect(c.oauth?.clientId).toEqual({ value: "id", source: "ZEEBE_CLIENT_ID" });
    expect(c.oauth?.clientSecret.value).toBe(UNIT_SECRET);
    expect(c.oauth?.clientSecret.source).toBe("ZEEBE_CLIENT_SECRET");
    expect(c.oauth?.tokenUrl).toEqual({ value: "https://login.cloud.camunda.io/oauth/token", source: "default (Camunda SaaS)" });
    expect(c.oauth?.audience).toEqual({ value: "zeebe.camunda.io", source: "default (SaaS token URL)" });
    expect(c.restAddress).toEqual({ value: "https://bru-2.zeebe.camunda.io/abc", source: "ZEEBE_REST_ADDRESS" });
  });

  it("the CAMUNDA_* names of Camunda's SDKs work too", () => {
    const c = readAuthConfig({
      CAMUNDA_CLIENT_ID: "id",
      CAMUNDA_CLIENT_SECRET: "s",
      CAMUNDA_OAUTH_URL: "http://localhost:18080/auth/realms/camunda-platform/protocol/openid-connect/token",
      CAMUNDA_TOKEN_AUDIENCE: "orchestration-api",
      CAMUNDA_TOKEN_SCOPE: "read",
      CAMUNDA_REST_ADDRESS: "http://localhost:8080",
      CAMUNDA_OAUTH_CACHE_DIR: "/tmp/c8",
    });
    expect(c.oauth?.tokenUrl.source).toBe("CAMUNDA_OAUTH_URL");
    expect(c.oauth?.audience).toEqual({ value: "orchestration-api", source: "CAMUNDA_TOKEN_AUDIENCE" });
    expect(c.oauth?.scope).toEqual({ value: "read", source: "CAMUNDA_TOKEN_SCOPE" });
    expect(c.oauth?.cacheDir?.source).toBe("CAMUNDA_OAUTH_CACHE_DIR");
  });

  it("another token URL has no default audience", () => {
    const c = readAuthConfig({ ZEEBE_CLIENT_ID: "id", ZEEBE_CLIENT_SECRET: "s", ZEEBE_AUTHORIZATION_SERVER_URL: "https://idp.example.com/token" });
    expect(c.oauth?.audience).toBeUndefined();
  });

  it("two names with the same value are fine; with different values an error names both", () => {
    expect(readAuthConfig({ ZEEBE_CLIENT_ID: "a", CAMUNDA_CLIENT_ID: "a", ZEEBE_CLIENT_SECRET: "s" }).oauth?.clientId.value).toBe("a");
    const e = configError({ ZEEBE_CLIENT_ID: "a", CAMUNDA_CLIENT_ID: "b", ZEEBE_CLIENT_SECRET: "s" });
    expect(e.setting).toBe("ZEEBE_CLIENT_ID, CAMUNDA_CLIENT_ID");
    expect(e.message).toContain("ZEEBE_CLIENT_ID and CAMUNDA_CLIENT_ID");
  });

  it("a secret set twice to different values names the variables, never the values", () => {
    const e = configError({ ZEEBE_CLIENT_ID: "a", ZEEBE_CLIENT_SECRET: UNIT_SECRET, CAMUNDA_CLIENT_SECRET: "other-secret" });
    expect(e.message).not.toContain("other-secret");
  });

  it.each([
    [{ ZEEBE_CLIENT_ID: "id" }, "ZEEBE_CLIENT_SECRET / CAMUNDA_CLIENT_SECRET"],
    [{ CAMUNDA_CLIENT_SECRET: "s" }, "ZEEBE_CLIENT_ID / CAMUNDA_CLIENT_ID"],
    [{ CAMUNDA_AUTH_STRATEGY: "OAUTH" }, "ZEEBE_CLIENT_ID / CAMUNDA_CLIENT_ID"],
    [{ CAMUNDA_AUTH_STRATEGY: "BASIC", CAMUNDA_BASIC_AUTH_USERNAME: "demo" }, "CAMUNDA_BASIC_AUTH_PASSWORD"],
    [{ CAMUNDA_BASIC_AUTH_PASSWORD: "demo" }, "CAMUNDA_BASIC_AUTH_USERNAME"],
    [{ CAMUNDA_AUTH_STRATEGY: "bearer" }, "CAMUNDA_OAUTH_TOKEN"],
    [{ CAMUNDA_MTLS_CERT_PATH: "/c.pem" }, "CAMUNDA_MTLS_KEY_PATH"],
  ])("a half configuration %o names the missing variable", (env, missing) => {
    expect(configError(env as Record<string, string>).setting).toBe(missing);
  });

  it("an unknown strategy is an error", () => {
    expect(configError({ CAMUNDA_AUTH_STRATEGY: "KERBEROS" }).setting).toBe("CAMUNDA_AUTH_STRATEGY");
  });

  it.each([
    ["https://id:pw@login.example.com/token", "credentials"],
    ["https://login.example.com/token?client_secret=pw", "query string"],
    ["http://login.example.com/token", "plain http"],
    ["login.example.com", 'has no http:// or https:// scheme: did you mean "https://login.example.com"?'],
  ])("refuses the token URL %s without echoing it", (url, why) => {
    const e = configError({ ZEEBE_CLIENT_ID: "id", ZEEBE_CLIENT_SECRET: "s", ZEEBE_AUTHORIZATION_SERVER_URL: url });
    expect(e.setting).toBe("ZEEBE_AUTHORIZATION_SERVER_URL");
    expect(e.message).toContain(why);
    expect(e.message).not.toContain("pw");
    expect(e.message).not.toContain("login.example.com/token");
  });

  it("C8REST_ALLOW_INSECURE_HTTP=true allows plain http elsewhere than loopback", () => {
    const c = readAuthConfig({ ZEEBE_CLIENT_ID: "id", ZEEBE_CLIENT_SECRET: "s", ZEEBE_AUTHORIZATION_SERVER_URL: "http://keycloak:18080/token", C8REST_ALLOW_INSECURE_HTTP: "true" });
    expect(c.allowInsecureHttp).toEqual({ value: true, source: "C8REST_ALLOW_INSECURE_HTTP" });
  });

  it("strategy inference: bearer token, basic, none; an explicit strategy wins", () => {
    expect(readAuthConfig({ CAMUNDA_OAUTH_TOKEN: "abc" }).strategy).toEqual({ value: "BEARER", source: "CAMUNDA_OAUTH_TOKEN" });
    expect(readAuthConfig({ CAMUNDA_BASIC_AUTH_USERNAME: "u", CAMUNDA_BASIC_AUTH_PASSWORD: "p" }).strategy.value).toBe("BASIC");
    expect(readAuthConfig({ CAMUNDA_AUTH_STRATEGY: "NONE" }).strategy).toEqual({ value: "NONE", source: "CAMUNDA_AUTH_STRATEGY" });
    expect(readAuthConfig({ ZEEBE_CLIENT_ID: "id", ZEEBE_CLIENT_SECRET: "s", CAMUNDA_AUTH_STRATEGY: "none" }).strategy).toEqual({ value: "NONE", source: "CAMUNDA_AUTH_STRATEGY" });
    expect(readAuthConfig({ CAMUNDA_AUTH_STRATEGY: "NONE", CAMUNDA_OAUTH_TOKEN: "abc" }).bearer).toBeUndefined();
  });

  it.each<Record<string, string>>([{}, { ZEEBE_REST_ADDRESS: "http://localhost:8080" }, { ZEEBE_CLIENT_ID: "" }, { CAMUNDA_TOKEN_SCOPE: "x" }])(
    "no credentials and no strategy (%j) is an error that names CAMUNDA_AUTH_STRATEGY=NONE, not a silent no-auth",
    (env) => {
      const e = configError(env);
      expect(e.setting).toBe("CAMUNDA_AUTH_STRATEGY");
      expect(e.message).toMatch(/^No credentials are set: set ZEEBE_CLIENT_ID and ZEEBE_CLIENT_SECRET .*set CAMUNDA_AUTH_STRATEGY=NONE\.$/);
    },
  );

  it("ZEEBE_REST_ADDRESS without a scheme reads as @c8rest/client says it, with the likely address", () => {
    const e = configError({ CAMUNDA_AUTH_STRATEGY: "NONE", ZEEBE_REST_ADDRESS: "localhost:8080" });
    expect(e.setting).toBe("ZEEBE_REST_ADDRESS");
    expect(e.message).toBe('ZEEBE_REST_ADDRESS "localhost:8080" has no http:// or https:// scheme: did you mean "http://localhost:8080"?');
    let clientMessage = "";
    try {
      resolveApiBaseUrl("localhost:8080", "ZEEBE_REST_ADDRESS");
    } catch (error) {
      clientMessage = (error as Error).message;
    }
    expect(clientMessage).toBe(e.message);
  });

  it.each(["https://id:pw@camunda.example.com", "ftp://camunda.example.com", "http://[bad"])(
    "ZEEBE_REST_ADDRESS %s is refused in the same words as @c8rest/client's check (one check of an address's form)",
    (address) => {
      const e = configError({ CAMUNDA_AUTH_STRATEGY: "NONE", ZEEBE_REST_ADDRESS: address });
      let clientMessage = "";
      try {
        resolveApiBaseUrl(address, "ZEEBE_REST_ADDRESS");
      } catch (error) {
        clientMessage = (error as Error).message;
      }
      expect(e.message).toBe(clientMessage);
      expect(e.message).not.toContain("pw");
    },
  );

  it("empty variables count as unset; a secret keeps its spaces", () => {
    const c = readAuthConfig({ ZEEBE_CLIENT_ID: "  id ", ZEEBE_CLIENT_SECRET: " s p ", CAMUNDA_CLIENT_ID: "" });
    expect(c.oauth?.clientId.value).toBe("id");
    expect(c.oauth?.clientSecret.value).toBe(" s p ");
  });

  it("reports the TLS file paths with their source", () => {
    const c = readAuthConfig({ CAMUNDA_CUSTOM_ROOT_CERT_PATH: "/ca.pem", CAMUNDA_MTLS_CERT_PATH: "/c.pem", CAMUNDA_MTLS_KEY_PATH: "/k.pem" });
    expect(c.tls).toEqual({
      caPath: { value: "/ca.pem", source: "CAMUNDA_CUSTOM_ROOT_CERT_PATH" },
      certPath: { value: "/c.pem", source: "CAMUNDA_MTLS_CERT_PATH" },
      keyPath: { value: "/k.pem", source: "CAMUNDA_MTLS_KEY_PATH" },
    });
  });

  it("secrets print redacted in util.inspect, console and JSON.stringify", () => {
    const c = readAuthConfig({ ZEEBE_CLIENT_ID: "id", ZEEBE_CLIENT_SECRET: UNIT_SECRET });
    const basic = readAuthConfig({ CAMUNDA_BASIC_AUTH_USERNAME: "demo", CAMUNDA_BASIC_AUTH_PASSWORD: "demo-password-42" });
    const bearer = readAuthConfig({ CAMUNDA_OAUTH_TOKEN: "bearer-token-value-123" });
    for (const printed of [inspect(c, { depth: 10 }), JSON.stringify(c), inspect(basic, { depth: 10 }), JSON.stringify(basic), JSON.stringify(bearer), inspect(bearer)]) {
      expect(printed).not.toContain(UNIT_SECRET);
      expect(printed).not.toContain("demo-password-42");
      expect(printed).not.toContain("bearer-token-value-123");
    }
    expect(JSON.parse(JSON.stringify(c)).oauth.clientSecret).toEqual({ value: "[redacted]", source: "ZEEBE_CLIENT_SECRET" });
    expect(inspect(c, { depth: 10 })).toContain("[redacted]");
    console.log("resolved config:", c); // scanned by the output scan
  });
});
