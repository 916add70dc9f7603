// The one redaction of the SDK: masks every form of a secret or token (raw, URL- and form-encoded, JSON- and
// HTML-escaped, inside base64 such as a Basic header) before any other transformation, and builds short printable
// excerpts of reply bodies. Used by this client's errors, by @c8rest/auth and by the CLI.
import { base64Of, bytesOfBase64, formEncode } from "./base64.js";

/** What every masked value prints as. */
export const REDACTED = "[redacted]";

/** Secrets shorter than this are not masked (they would mask ordinary words). */
const MIN_SECRET_LENGTH = 3;
/** A base64 run holding the encoded middle of a secret at least this long is masked as a whole. */
const MIN_BASE64_CORE = 8;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BASE64_CHAR = /[A-Za-z0-9+/_=-]/;

const json = (s: string): string => JSON.stringify(s).slice(1, -1);
const u = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const html = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML[c]!);

/** How an excerpt flattens text: tags and control characters out, whitespace runs collapsed. */
function flatten(text: string): string {
  return text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The base64 (standard and URL alphabet) of the middle of `s` at each of the 3 byte alignments. */
function base64Cores(s: string): string[] {
  const bytes = new TextEncoder().encode(s);
  const cores: string[] = [];
  for (let skip = 0; skip < 3; skip++) {
    const whole = Math.floor((bytes.length - skip) / 3) * 3;
    if (whole <= 0) continue;
    const b64 = base64Of(bytes.subarray(skip, skip + whole));
    if (b64.length >= MIN_BASE64_CORE) cores.push(b64, b64.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return cores;
}

/** Every literal form in which `secret` may come back: raw, encoded, escaped, and as an excerpt would flatten it. */
function literalForms(secret: string): string[] {
  const forms = [
    secret,
    encodeURIComponent(secret),
    formEncode(secret),
    json(secret),
    json(secret).replace(/\//g, "\\/"),
    // Python's ensure_ascii and Go's HTML-safe JSON escape these as \uXXXX.
    json(secret).replace(/[<>&'\u0080-\uffff]/g, u),
    json(json(secret)),
    html(secret),
    html(json(secret)),
  ];
  return [...forms, ...forms.map(flatten)].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

/** Replaces each whole base64 run that contains `core` (found by indexOf: linear, no backtracking). */
function maskBase64Runs(text: string, core: string): string {
  let out = text;
  for (let i = out.indexOf(core); i >= 0; i = out.indexOf(core, i + REDACTED.length)) {
    let end = i + core.length;
    while (i > 0 && BASE64_CHAR.test(out[i - 1]!)) i--;
    while (end < out.length && BASE64_CHAR.test(out[end]!)) end++;
    out = out.slice(0, i) + REDACTED + out.slice(end);
  }
  return out;
}

/**
 * Masks every occurrence of each secret in `text`, in every form it may come back in: raw, percent- and
 * form-encoded (`application/x-www-form-urlencoded`), JSON-escaped (also with `\/` and `\uXXXX` escapes),
 * HTML-escaped, whitespace-collapsed with tags removed, and any base64 run (e.g. a `Basic` header, RFC 7617) that
 * holds the secret's encoding. Secrets shorter than 3 characters are left alone. Run it before any other
 * transformation of the text (cutting, stripping), so that no transformed form of a secret survives.
 *
 * @example
 * maskSecrets("bad client s3:cr+t (s3%3Acr%2Bt)", ["s3:cr+t"]); // "bad client [redacted] ([redacted])"
 */
export function maskSecrets(text: string, secrets: Iterable<string | null | undefined>): string {
  let out = text;
  const literals: string[] = [];
  for (const s of secrets) {
    if (typeof s !== "string" || s.length < MIN_SECRET_LENGTH) continue;
    for (const core of [...base64Cores(s), ...base64Cores(formEncode(s))]) out = maskBase64Runs(out, core);
    literals.push(...literalForms(s));
  }
  // One regex, longest forms first, so no remnant of a longer form survives; case-insensitive, so `%2f` too.
  literals.sort((a, b) => b.length - a.length);
  return literals.length > 0 ? out.replace(new RegExp(literals.map(escapeRe).join("|"), "gi"), REDACTED) : out;
}

/**
 * The secrets an `Authorization` header carries (RFC 9110 §11.6.2): a bearer token (RFC 6750), or for `Basic`
 * (RFC 7617) the base64 credential, the decoded `user:password` and the password. Pass them to {@link maskSecrets}.
 *
 * @example
 * secretsOfAuthorization("Basic ZGVtbzpkZW1vLXBhc3M="); // ["ZGVtbzpkZW1vLXBhc3M=", "demo:demo-pass", "demo-pass"]
 */
export function secretsOfAuthorization(header: string | null | undefined): string[] {
  const m = /^\s*(\S+)\s+(.+?)\s*$/.exec(header ?? "");
  if (!m) return header ? [header] : [];
  const credential = m[2]!;
  if (m[1]!.toLowerCase() !== "basic") return [credential];
  let decoded: string;
  try {
    decoded = new TextDecoder().decode(bytesOfBase64(credential));
  } catch {
    return [credential];
  }
  const password = decoded.slice(decoded.indexOf(":") + 1);
  let plain = password;
  try {
    plain = decodeURIComponent(password.replace(/\+/g, " ")); // RFC 6749 §2.3.1 form-encodes before Basic
  } catch {
    // not form-encoded
  }
  return [...new Set([credential, decoded, password, plain])];
}

/**
 * A short, single-line, printable excerpt of a reply body: the given secrets masked first (in every form, see
 * {@link maskSecrets}), then tags and control characters removed and whitespace collapsed, masked again, anything
 * that looks like a credential (`Bearer ...`, `token=...`, `"password": ...`) masked, and cut to `max` characters.
 *
 * @example
 * excerpt("<h1>502</h1> upstream said Bearer abc.def", 200); // "502 upstream said Bearer ***"
 */
export function excerpt(text: string, max = 200, secrets: Iterable<string | null | undefined> = []): string {
  const list = [...secrets];
  const flat = maskSecrets(flatten(maskSecrets(text, list)), list)
    .replace(/(bearer|basic)\s+[\w.~+/=-]+/gi, "$1 ***")
    .replace(/((?:token|secret|password|authorization)["']?\s*[:=]\s*["']?)(?!\[redacted\])[^\s"',;&]+/gi, "$1***");
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
