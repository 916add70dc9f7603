// Compares two JSON schemas of an OpenAPI document (old vs new) by meaning and classifies each difference: `$ref`s
// are resolved and compared by what they point at (a variant moved into a named schema, a path-local `$ref` and a
// one-item `oneOf` vs a one-item `allOf` are no change).
// `direction` matters: what breaks a request (the client sends it) differs from what breaks a response.
//   breaking    -> major: field removed, new required request field, changed type, enum value removed, ...
//   additive    -> minor: new optional field, enum value added, constraint or deprecation changes
//   description -> patch: only documentation (description, title, example, x-* notes) changed

/** Severity constants used in every change record. */
export const BREAKING = "breaking";
export const ADDITIVE = "additive";
export const DESCRIPTION = "description";

import { resolvePointer } from "../../packages/generated-client/scripts/spec-ref.mjs";

const DOC_KEYS = ["description", "title", "example", "examples", "externalDocs", "summary"];
const CONSTRAINT_KEYS = [
  "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "default",
  "deprecated", "readOnly", "writeOnly", "const",
];
// Keys the comparison handles structurally; any other key that is not x-* counts as a constraint change.
const STRUCTURAL = new Set([
  "$ref", "type", "format", "nullable", "enum", "properties", "required", "items", "additionalProperties",
  "allOf", "oneOf", "anyOf", "not", "discriminator", ...DOC_KEYS, ...CONSTRAINT_KEYS,
]);

/** Follows $ref chains; returns the schema and the last reference followed (or null). */
function deref(doc, schema) {
  let ref = null;
  let s = schema;
  for (let i = 0; s && typeof s === "object" && typeof s.$ref === "string" && i < 32; i++) {
    ref = s.$ref;
    s = resolvePointer(doc, s.$ref);
  }
  return { schema: s ?? {}, ref };
}

/** A `oneOf`/`anyOf` of one item means that item: the same as an `allOf` of it (JSON Schema validation §5.22-5.24). */
function singleUnionAsAllOf(s) {
  const key = s.oneOf?.length === 1 ? "oneOf" : s.anyOf?.length === 1 ? "anyOf" : null;
  if (!key) return s;
  const { [key]: one, ...rest } = s;
  return { ...rest, allOf: [...(s.allOf ?? []), one[0]] };
}

/** Merges `allOf` members into one object view (properties and required are unions). */
function flatten(doc, schema, depth = 0) {
  const s = singleUnionAsAllOf(deref(doc, schema).schema);
  if (!Array.isArray(s.allOf) || depth > 16) return s;
  const out = { ...s, properties: { ...(s.properties ?? {}) }, required: [...(s.required ?? [])] };
  delete out.allOf;
  for (const part of s.allOf) {
    const p = flatten(doc, part, depth + 1);
    for (const [k, v] of Object.entries(p)) {
      if (k === "properties") Object.assign(out.properties, v);
      else if (k === "required") out.required.push(...v);
      else if (!(k in out)) out[k] = v;
    }
  }
  if (Object.keys(out.properties).length === 0) delete out.properties;
  if (out.required.length === 0) delete out.required;
  return out;
}

function typeOf(s) {
  if (s.type) return Array.isArray(s.type) ? [...s.type].sort().join("|") : s.type;
  if (s.properties || s.additionalProperties) return "object";
  if (s.items) return "array";
  return undefined;
}

const show = (v) => JSON.stringify(v);
const COMPONENT = /^#\/components\/schemas\/([^/]+)$/;
/** A variant's name: its component's name when it is a `$ref` to one, else its position. */
const variantName = (v, i) => COMPONENT.exec(v?.$ref ?? "")?.[1] ?? `#${i}`;

/**
 * What a schema means, as a string: `$ref`s resolved (to `depth` levels), documentation and `x-*` keys left out,
 * keys sorted. Two variants with the same fingerprint are the same variant, whatever their names.
 */
function fingerprint(doc, node, depth = 6, seen = new Set()) {
  const s = deref(doc, node).schema;
  if (!s || typeof s !== "object") return show(s);
  if (seen.has(s) || depth < 0) return '"<deep>"';
  seen.add(s);
  let out;
  if (Array.isArray(s)) out = `[${s.map((x) => fingerprint(doc, x, depth - 1, seen)).join(",")}]`;
  else {
    const keys = Object.keys(s).filter((k) => !DOC_KEYS.includes(k) && !k.startsWith("x-") && k !== "$ref").sort();
    out = `{${keys.map((k) => `${show(k)}:${fingerprint(doc, s[k], depth - 1, seen)}`).join(",")}}`;
  }
  seen.delete(s);
  return out;
}

/**
 * Pairs the variants of two unions: by component name, then by meaning (fingerprint), then the rest in order.
 * Returns `[name, old, new]` triples; a missing side is undefined.
 */
function pairVariants(oldDoc, newDoc, va, vb) {
  const left = va.map((v, i) => ({ v, name: variantName(v, i) }));
  const right = vb.map((v, i) => ({ v, name: variantName(v, i) }));
  const pairs = [];
  const take = (match) => {
    for (const a of [...left]) {
      const j = right.findIndex((b) => match(a, b));
      if (j < 0) continue;
      const [b] = right.splice(j, 1);
      left.splice(left.indexOf(a), 1);
      pairs.push([a.name.startsWith("#") ? b.name : a.name, a.v, b.v]);
    }
  };
  take((a, b) => !a.name.startsWith("#") && a.name === b.name);
  const fa = new Map(left.map((a) => [a, fingerprint(oldDoc, a.v)]));
  take((a, b) => fa.get(a) === fingerprint(newDoc, b.v));
  while (left.length > 0 && right.length > 0) {
    const a = left.shift();
    const b = right.shift();
    pairs.push([b.name.startsWith("#") ? a.name : b.name, a.v, b.v]);
  }
  for (const a of left) pairs.push([a.name, a.v, undefined]);
  for (const b of right) pairs.push([b.name, undefined, b.v]);
  return pairs;
}

/**
 * Compares two schemas; returns `[{ severity, path, message }]` where `path` is relative to the schema root
 * (`filter.state`, `items[]`, `<oneOf LimitPagination>.limit`).
 *
 * @example
 * diffSchemas(oldDoc, newDoc, oldSchema, newSchema, "request");
 *
 * Pass the same `cache` to many calls on the same two documents to compare each shared component once.
 */
export function diffSchemas(oldDoc, newDoc, a, b, direction, cache = new Map()) {
  const stack = new Set();
  return walk(a, b, "");

  function walk(rawA, rawB, path) {
    const refA = deref(oldDoc, rawA).ref;
    const refB = deref(newDoc, rawB).ref;
    const key = refA && refB ? `${direction}|${refA}|${refB}` : null;
    if (key) {
      if (stack.has(key)) return []; // recursive schema: reported at its first level
      if (cache.has(key)) return cache.get(key).map((c) => ({ ...c, path: join(path, c.path) }));
      stack.add(key);
    }
    const rel = compare(flatten(oldDoc, rawA), flatten(newDoc, rawB), rawA, rawB);
    if (key) {
      stack.delete(key);
      cache.set(key, rel);
    }
    return rel.map((c) => ({ ...c, path: join(path, c.path) }));
  }

  function compare(A, B, rawA, rawB) {
    const out = [];
    const add = (severity, path, message) => out.push({ severity, path, message });
    const req = direction === "request";

    for (const k of DOC_KEYS) {
      if (show(A[k]) !== show(B[k])) add(DESCRIPTION, "", `${k} changed`);
    }
    for (const k of new Set([...Object.keys(A), ...Object.keys(B)])) {
      if (k.startsWith("x-") && show(A[k]) !== show(B[k])) add(DESCRIPTION, "", `${k} changed`);
      else if (!STRUCTURAL.has(k) && !k.startsWith("x-") && show(A[k]) !== show(B[k])) add(ADDITIVE, "", `${k} changed`);
    }
    for (const k of CONSTRAINT_KEYS) {
      if (show(A[k]) === show(B[k])) continue;
      if (k === "deprecated") add(ADDITIVE, "", B[k] ? "deprecated" : "no longer deprecated");
      else add(ADDITIVE, "", `${k} changed from ${show(A[k]) ?? "(none)"} to ${show(B[k]) ?? "(none)"}`);
    }

    const unionA = A.oneOf ?? A.anyOf;
    const unionB = B.oneOf ?? B.anyOf;
    if (unionA || unionB) {
      if (!unionA || !unionB) {
        // Plain -> union widens a request when the old shape is still one of the variants (and a union ->
        // one of its variants narrows a response); any other switch changes the type.
        const plain = unionA ? rawB : rawA;
        const variants = unionA ?? unionB;
        const widening = req ? !unionA : !unionB;
        const fits = widening && variants.some((v) => {
          const d = unionA ? walk(v, plain, "") : walk(plain, v, "");
          return !d.some((c) => c.severity === BREAKING);
        });
        if (fits) add(ADDITIVE, "", unionA ? "now one variant of the former oneOf/anyOf" : "now a oneOf/anyOf that still accepts the former shape");
        else add(BREAKING, "", `changed type: ${unionA ? "no longer" : "now"} a oneOf/anyOf`);
        return out;
      }
      for (const [name, va, vb] of pairVariants(oldDoc, newDoc, unionA, unionB)) {
        if (vb === undefined) add(req ? BREAKING : ADDITIVE, "", `variant ${name} removed`);
        else if (va === undefined) add(ADDITIVE, "", `variant ${name} added`);
        else out.push(...walk(va, vb, `<${name}>`));
      }
    }

    const tA = typeOf(A);
    const tB = typeOf(B);
    if (unionA && unionB && tA !== tB) {
      // Beside a oneOf the variants decide the TS type (8.8 has `type: object` next to a string variant).
      add(ADDITIVE, "", `type keyword beside the oneOf changed from ${tA ?? "(none)"} to ${tB ?? "(none)"}`);
    } else if (tA !== tB) {
      const widened = tB === undefined; // any value now allowed
      const narrowed = tA === undefined;
      const sev = (req && widened) || (!req && narrowed) ? ADDITIVE : BREAKING;
      add(sev, "", `changed type from ${tA ?? "any"} to ${tB ?? "any"}`);
      return out;
    }
    // openapi-typescript maps every format to the same TS type except binary (Blob): only that one breaks code.
    if (A.format !== B.format) {
      const binary = A.format === "binary" || B.format === "binary";
      add(binary ? BREAKING : ADDITIVE, "", `${binary ? "changed type: " : ""}format changed from ${A.format ?? "(none)"} to ${B.format ?? "(none)"}`);
    }
    if (!!A.nullable !== !!B.nullable) {
      const nowNull = !!B.nullable;
      add(req === nowNull ? ADDITIVE : BREAKING, "", nowNull ? "now nullable" : "no longer nullable");
    }

    if (A.enum || B.enum) {
      if (A.enum && B.enum) {
        for (const v of A.enum) if (!B.enum.some((w) => show(w) === show(v))) add(BREAKING, "", `enum value ${show(v)} removed`);
        for (const v of B.enum) if (!A.enum.some((w) => show(w) === show(v))) add(ADDITIVE, "", `enum value ${show(v)} added`);
      } else if (B.enum) {
        add(req ? BREAKING : ADDITIVE, "", `now restricted to enum ${show(B.enum)}`);
      } else {
        add(ADDITIVE, "", "enum restriction removed");
      }
    }

    const propsA = A.properties ?? {};
    const propsB = B.properties ?? {};
    const reqA = new Set(A.required ?? []);
    const reqB = new Set(B.required ?? []);
    for (const name of Object.keys(propsA)) {
      if (!(name in propsB)) {
        // A removed request field breaks code that still sends it (the strict client rejects unknown fields).
        add(BREAKING, name, req ? "request field removed" : "response field removed");
        continue;
      }
      if (reqA.has(name) !== reqB.has(name)) {
        const nowRequired = reqB.has(name);
        if (req) add(nowRequired ? BREAKING : ADDITIVE, name, nowRequired ? "request field is now required" : "request field is now optional");
        else add(nowRequired ? ADDITIVE : BREAKING, name, nowRequired ? "response field is now always present" : "response field may now be absent");
      }
      out.push(...walk(propsA[name], propsB[name], name));
    }
    for (const name of Object.keys(propsB)) {
      if (name in propsA) continue;
      if (req && reqB.has(name)) add(BREAKING, name, "new required request field");
      else add(ADDITIVE, name, req ? "new optional request field" : "new response field");
    }

    if (A.items || B.items) out.push(...walk(A.items ?? {}, B.items ?? {}, "[]"));
    const apA = A.additionalProperties;
    const apB = B.additionalProperties;
    if (typeof apA === "object" && typeof apB === "object") out.push(...walk(apA, apB, "{*}"));
    else if (show(apA) !== show(apB)) {
      const closed = apB === false || (apB === undefined && apA !== undefined && apA !== false);
      add(req && closed ? BREAKING : ADDITIVE, "", `additionalProperties changed from ${show(apA) ?? "(none)"} to ${show(apB) ?? "(none)"}`);
    }
    return out;
  }
}

function join(prefix, rest) {
  if (!prefix) return rest;
  if (!rest) return prefix;
  return rest.startsWith("[") ? `${prefix}${rest}` : `${prefix}.${rest}`;
}
