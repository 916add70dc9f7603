// Objects whose inspect/JSON views hide their secret fields (docs/auth-faults.md #32). Masking secrets inside text
// is @c8rest/client's maskSecrets/excerpt, the one redaction of the SDK.
import { REDACTED } from "@c8rest/client";

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
