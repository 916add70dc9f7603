import { describe, expect, it } from "vitest";
import { CamundaConfigError, CONFIG_ERROR_CODE, resolveApiBaseUrl } from "../src/index.js";

function configError(fn: () => unknown): CamundaConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CamundaConfigError);
    return e as CamundaConfigError;
  }
  throw new Error("expected a CamundaConfigError, nothing was thrown");
}

describe("resolveApiBaseUrl", () => {
  it.each([
    ["http://localhost:8080", "http://localhost:8080/v2"],
    ["http://localhost:8080/", "http://localhost:8080/v2"],
    ["http://localhost:8080/v2", "http://localhost:8080/v2"],
    ["http://localhost:8080/v2/", "http://localhost:8080/v2"],
    ["  https://bru-2.zeebe.camunda.io/abc-123  ", "https://bru-2.zeebe.camunda.io/abc-123/v2"],
    ["https://gw.example.com/camunda/v2//", "https://gw.example.com/camunda/v2"],
    ["HTTPS://Example.COM:443/base", "https://example.com/base/v2"],
  ])("%s -> %s", (address, expected) => {
    expect(resolveApiBaseUrl(address)).toBe(expected);
  });

  it("accepts a URL object", () => {
    expect(resolveApiBaseUrl(new URL("http://127.0.0.1:9600"))).toBe("http://127.0.0.1:9600/v2");
  });

  it("does not mistake a path that only contains v2 for the prefix", () => {
    expect(resolveApiBaseUrl("http://h/v2x")).toBe("http://h/v2x/v2");
  });

  it.each([undefined, null, "", "   "])("a missing address (%j) names the option and ZEEBE_REST_ADDRESS", (value) => {
    const e = configError(() => resolveApiBaseUrl(value));
    expect(e.code).toBe(CONFIG_ERROR_CODE);
    expect(e.setting).toBe("baseUrl");
    expect(e.message).toMatch(/baseUrl is missing/);
    expect(e.message).toContain("ZEEBE_REST_ADDRESS");
  });

  it.each([
    ["localhost:8080", "http://localhost:8080"],
    ["127.0.0.1:26500/", "http://127.0.0.1:26500/"],
    ["camunda.example.com:8443/cluster", "https://camunda.example.com:8443/cluster"],
    ["//gw.local", "https://gw.local"],
  ])("an address without a scheme (%s) names it and suggests %s", (value, guess) => {
    const e = configError(() => resolveApiBaseUrl(value, "ZEEBE_REST_ADDRESS"));
    expect(e.setting).toBe("ZEEBE_REST_ADDRESS");
    expect(e.message).toBe(`ZEEBE_REST_ADDRESS "${value}" has no http:// or https:// scheme: did you mean "${guess}"?`);
  });

  it("an address without a scheme but with credentials repeats neither in the message nor in the suggestion", () => {
    const e = configError(() => resolveApiBaseUrl("demo:s3cr3t-pw@localhost:8080"));
    expect(e.message).toBe('baseUrl "***@localhost:8080" has no http:// or https:// scheme: did you mean "http://***@localhost:8080"?');
  });

  it("rejects other schemes", () => {
    expect(configError(() => resolveApiBaseUrl("ftp://localhost:8080")).message).toBe('baseUrl "ftp://localhost:8080" must start with http:// or https://, not ftp://.');
  });

  it("rejects credentials in the address without echoing them", () => {
    const e = configError(() => resolveApiBaseUrl("https://demo:s3cr3t-pw@cluster.example.com"));
    expect(e.message).toMatch(/must not contain credentials/);
    expect(e.message).not.toContain("s3cr3t-pw");
    expect(JSON.stringify(e)).not.toContain("s3cr3t-pw");
  });

  it("rejects a query string without echoing it", () => {
    const e = configError(() => resolveApiBaseUrl("https://cluster.example.com/?token=abc123secret"));
    expect(e.message).toMatch(/query string/);
    expect(e.message).not.toContain("abc123secret");
  });

  it("uses the option name it is given", () => {
    expect(configError(() => resolveApiBaseUrl("", "ZEEBE_REST_ADDRESS")).message).toMatch(/^ZEEBE_REST_ADDRESS is missing/);
  });
});
