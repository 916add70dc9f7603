// Base64 without Node's Buffer, so that the browser entry needs no Node built-in (btoa/atob are in Node 16+ and every browser).

/** Standard base64 (RFC 4648 §4) of the UTF-8 bytes of `text`, e.g. for `Authorization: Basic` (RFC 7617 §2.1). */
export function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The UTF-8 text of base64url (RFC 4648 §5) input, e.g. a JWT payload; throws on input that is not base64url. */
export function utf8FromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
