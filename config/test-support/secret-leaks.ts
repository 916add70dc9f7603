// The secret scan of the tests: finds a secret or token in output in any form it could take there. Written apart
// from the SDK's redaction (it shares no code with it), so that a gap in one is not hidden by the same gap in the other.

const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64");
const form = (s: string): string => new URLSearchParams({ s }).toString().slice(2);
const jsonEscaped = (s: string): string => JSON.stringify(s).slice(1, -1);
const htmlEscaped = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
/** What tag stripping and whitespace collapsing make of a secret. */
const flattened = (s: string): string => s.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();

/** Every form in which `secret` could appear in output: raw, encoded, escaped, flattened, in a Basic header of `ids`. */
export function leakForms(secret: string, ids: readonly string[] = []): string[] {
  const base = [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).toLowerCase(),
    form(secret),
    jsonEscaped(secret),
    jsonEscaped(secret).replace(/\//g, "\\/"),
    jsonEscaped(jsonEscaped(secret)),
    htmlEscaped(secret),
    htmlEscaped(jsonEscaped(secret)),
  ];
  // each of them also as an excerpt would flatten it
  const forms = new Set([...base, ...base.map(flattened)]);
  for (const id of ids) {
    forms.add(b64(`${id}:${secret}`));
    forms.add(b64(`${form(id)}:${form(secret)}`));
  }
  return [...forms].filter((f) => f.length >= 6);
}

/** Text hidden in base64 runs of `line` (e.g. an echoed Basic header of an id the scan does not know). */
function decodedRuns(line: string): string[] {
  return (line.match(/[A-Za-z0-9+/_-]{12,}={0,2}/g) ?? []).map((run) => Buffer.from(run, run.includes("-") || run.includes("_") ? "base64url" : "base64").toString("latin1"));
}

/**
 * The lines of `lines` (cut to 300 characters) that hold a secret or token in any of its {@link leakForms}, or in a
 * base64 run that decodes to the secret or its form-encoded form.
 */
export function findSecretLeaks(lines: readonly string[], secrets: Iterable<string>, ids: readonly string[] = []): string[] {
  const list = [...secrets].filter((s) => s.length >= 6);
  const needles = list.flatMap((s) => leakForms(s, ids));
  const inBase64 = list.flatMap((s) => [s, form(s)]);
  return lines
    .filter((l) => needles.some((n) => l.includes(n)) || decodedRuns(l).some((d) => inBase64.some((s) => d.includes(s))))
    .map((l) => l.slice(0, 300));
}
