// Keeping secrets out of output: masking text that may echo credentials, and objects whose inspect/JSON views hide
// their secret fields (docs/auth-faults.md #32).

/** What every redacted value prints as. */
export const REDACTED = "[redacted]";

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * Makes `target` print without the named fields in `util.inspect`, `console.log` and `JSON.stringify`.
 * The fields stay readable by code.
 */
export function hideFields<T extends object>(target: T, fields: readonly string[]): T {
  const view = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(target)) out[k] = fields.includes(k) && v !== undefined ? REDACTED : v;
    return out;
  };
  Object.defineProperty(target, "toJSON", { value: view, enumerable: false });
  Object.defineProperty(target, INSPECT, {
    value: (_depth: number, options: object, inspect: (v: unknown, o: object) => string) =>
      inspect(view(), options),
    enumerable: false,
  });
  return target;
}

/** Masks every occurrence of the given secrets (and their URL/form encodings) in `text`. */
export function maskSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) {
    if (!s || s.length < 3) continue;
    for (const form of new Set([s, encodeURIComponent(s), new URLSearchParams({ s }).toString().slice(2)])) {
      out = out.split(form).join(REDACTED);
    }
  }
  return out;
}

/** A short, printable excerpt of a reply body: tags and control characters removed, whitespace collapsed, secrets masked. */
export function sanitiseExcerpt(body: string, secrets: readonly (string | undefined)[], max = 200): string {
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const masked = maskSecrets(text, secrets);
  return masked.length > max ? `${masked.slice(0, max)}…` : masked;
}
