// The same API bundled differently, made at test time from a bundled spec, the ways another bundler writes it
// (Camunda's own SDK bundles the same upstream files like this): inline oneOf/anyOf variants and inline object
// properties hoisted into new named schemas, the shared `components.responses` written out at their first use and
// referred to by path-local `$ref`s elsewhere, and a one-item `oneOf` written as a one-item `allOf`.
type Node = Record<string, any>;

const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
const METHODS = ["get", "put", "post", "delete", "patch"];

function hoistSchemas(doc: Node): number {
  const schemas = doc.components.schemas as Record<string, Node>;
  let hoisted = 0;
  const name = (base: string) => {
    let n = base;
    for (let i = 2; n in schemas; i++) n = `${base}${i}`;
    return n;
  };
  const visit = (node: Node, owner: string) => {
    if (!node || typeof node !== "object") return;
    for (const key of ["oneOf", "anyOf"]) {
      if (!Array.isArray(node[key])) continue;
      node[key] = node[key].map((v: Node, i: number) => {
        if (v.$ref) return v;
        const n = name(`${owner}Variant${i + 1}`);
        schemas[n] = v;
        hoisted++;
        visit(v, n);
        return { $ref: `#/components/schemas/${n}` };
      });
    }
    for (const [prop, s] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      if (s && !s.$ref && s.type === "object" && s.properties) {
        const n = name(`${owner}${prop[0]!.toUpperCase()}${prop.slice(1)}`);
        schemas[n] = s;
        node.properties[prop] = { $ref: `#/components/schemas/${n}` };
        hoisted++;
        visit(s, n);
      } else visit(s, owner);
    }
    for (const key of ["allOf", "items", "additionalProperties"]) {
      const v = node[key];
      if (Array.isArray(v)) v.forEach((m) => visit(m, owner));
      else if (v && typeof v === "object") visit(v, owner);
    }
  };
  for (const n of Object.keys(schemas)) visit(schemas[n]!, n);
  return hoisted;
}

function pathLocalResponses(doc: Node): number {
  const shared = doc.components.responses as Record<string, Node> | undefined;
  if (!shared) return 0;
  const first = new Map<string, string>();
  let rewritten = 0;
  for (const [path, item] of Object.entries(doc.paths as Record<string, Node>)) {
    for (const method of METHODS) {
      const responses = item[method]?.responses as Record<string, Node> | undefined;
      for (const [status, r] of Object.entries(responses ?? {})) {
        const m = /^#\/components\/responses\/(.+)$/.exec(r.$ref ?? "");
        if (!m) continue;
        const at = first.get(m[1]!);
        if (at) responses![status] = { $ref: at };
        else {
          responses![status] = structuredClone(shared[m[1]!]!);
          first.set(m[1]!, `#/paths/${escape(path)}/${method}/responses/${status}`);
        }
        rewritten++;
      }
    }
  }
  delete doc.components.responses;
  return rewritten;
}

function oneItemOneOfAsAllOf(doc: Node): number {
  let n = 0;
  const visit = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const o = node as Node;
    if (Array.isArray(o.oneOf) && o.oneOf.length === 1) {
      o.allOf = [...(o.allOf ?? []), o.oneOf[0]];
      delete o.oneOf;
      n++;
    }
    Object.values(o).forEach(visit);
  };
  visit(doc);
  return n;
}

/** A differently bundled copy of `doc` and how many of each rewrite it made (the input is not changed). */
export function rebundleDifferently(doc: object): { doc: Node; hoisted: number; responses: number; oneOf: number } {
  const out = structuredClone(doc) as Node;
  const oneOf = oneItemOneOfAsAllOf(out);
  const hoisted = hoistSchemas(out);
  const responses = pathLocalResponses(out);
  return { doc: out, hoisted, responses, oneOf };
}
