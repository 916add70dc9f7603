/** What a masked value prints as, in every excerpt and message of the c8rest packages. */
export const REDACTED = "[redacted]";

/** Options of {@link sanitiseExcerpt}. */
export interface ExcerptOptions {
  /** Longest excerpt, in characters, the `...` included (default 200). */
  max?: number;
  /** Masks what the caller knows to be secret (e.g. a client secret and its encodings); runs first, on the raw text. */
  mask?: (text: string) => string;
}

/**
 * A short, single-line, printable excerpt of a reply body for an error message: secrets masked first (`mask`),
 * `<script>`/`<style>` blocks, tags and control characters removed, anything that looks like a credential
 * (`Bearer ...`, `Basic ...`, `token=...`, `"secret": "..."`, `password: ...`) replaced by {@link REDACTED},
 * whitespace collapsed, cut to `max` characters.
 *
 * @example
 * sanitiseExcerpt("<h1>502</h1> upstream said Bearer abc.def"); // "502 upstream said Bearer [redacted]"
 */
export function sanitiseExcerpt(text: string, options: ExcerptOptions = {}): string {
  const { max = 200, mask } = options;
  const flat = (mask ? mask(text) : text)
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/\b(bearer|basic)\s+[\w.~+/=-]+/gi, `$1 ${REDACTED}`)
    .replace(/((?:token|secret|password|authorization)["']?\s*[:=]\s*["']?)[^\s"',;&]+/gi, `$1${REDACTED}`)
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
