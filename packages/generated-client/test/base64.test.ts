import { describe, expect, it } from "vitest";
import { base64Of, bytesOfBase64, formEncode } from "../src/index.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("base64 and form encoding (no Buffer)", () => {
  it("encodes bytes as Node's Buffer does, for every length modulo 3 and non-ASCII text", () => {
    for (const text of ["", "a", "ab", "abc", "demo:dëmo", "ü€😀", "x".repeat(1000)]) {
      expect(base64Of(utf8(text)), text).toBe(Buffer.from(text, "utf8").toString("base64"));
    }
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    expect(base64Of(bytes.subarray(1, 4))).toBe(Buffer.from([1, 2, 3]).toString("base64"));
  });

  it("decodes what it encodes, and refuses input that is not base64", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    expect(bytesOfBase64(base64Of(bytes))).toEqual(bytes);
    expect(new TextDecoder().decode(bytesOfBase64("ZGVtbzpkw6ttbw=="))).toBe("demo:dëmo");
    expect(() => bytesOfBase64("not base64!")).toThrow();
  });

  it("form-encodes one value as a form body would carry it (RFC 6749 §2.3.1)", () => {
    expect(formEncode("a b+c")).toBe("a+b%2Bc");
    expect(formEncode("s3:cr/t&x=ü")).toBe(new URLSearchParams({ k: "s3:cr/t&x=ü" }).toString().slice(2));
    expect(formEncode("")).toBe("");
  });
});
