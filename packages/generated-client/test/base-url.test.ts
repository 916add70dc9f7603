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
    expect(e.option).toBe("baseUrl");
    expect(e.message).toMatch(/baseUrl is missing/);
    expect(e.message).toContain("ZEEBE_REST_ADDRESS");
  });

  it("a value without a scheme shows the value and says to add one", () => {
    const e = configError(() => resolveApiBaseUrl("localhost8080"));
    expect(e.message).toContain('"localhost8080"');
    expect(e.message).toMatch(/not an absolute URL/);
  });

  it("rejects other schemes", () => {
    expect(configError(() => resolveApiBaseUrl("ftp://localhost:8080")).message).toMatch(/must use http: or https:/);
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
