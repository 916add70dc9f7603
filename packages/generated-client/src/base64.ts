// Base64 (RFC 4648) and form encoding without Node's Buffer, so that browser bundles need no Node built-in
// (btoa/atob are in Node 16+ and every browser). The one implementation of each, used by the redaction and by
// @c8rest/auth (Basic headers, client_secret_basic, JWT payloads).

/**
 * Standard base64 (RFC 4648 §4) of bytes, e.g. of the UTF-8 bytes of `user:password` for `Authorization: Basic`
 * (RFC 7617 §2.1).
 *
 * @example
 * base64Of(new TextEncoder().encode("demo:dëmo")); // "ZGVtbzpkw6ttbw=="
 */
export function base64Of(input: Uint8Array): string {
  let binary = "";
  for (const byte of input) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The bytes of standard base64 (RFC 4648 §4); throws a `DOMException` on input that is not base64.
 *
 * @example
 * new TextDecoder().decode(bytesOfBase64("ZGVtbzpkw6ttbw==")); // "demo:dëmo"
 */
export function bytesOfBase64(encoded: string): Uint8Array {
  return Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
}

/**
 * One value as `application/x-www-form-urlencoded` writes it (https://url.spec.whatwg.org/#urlencoded-serializing):
 * what RFC 6749 §2.3.1 applies to the client id and secret before Basic encoding.
 *
 * @example
 * formEncode("a b+c"); // "a+b%2Bc"
 */
export function formEncode(value: string): string {
  return new URLSearchParams({ s: value }).toString().slice(2);
}
