// Operations served at their own base URL: the spec's path-level or operation-level `servers` (OpenAPI 3.0.3
// §4.7.9 and §4.7.10: they override the root `servers`). Camunda 8.10 serves `/cluster/v2/...` at the cluster
// address itself, not under `/v2`. The client calls them at `<address><base>` (src/own-base.ts).

const METHODS = ["get", "put", "post", "delete", "patch"];

/** The path part of a server URL, variables and all: `{schema}://{host}:{port}/v2` -> `/v2`, `https://h` -> ``. */
export function serverPath(url) {
  return url.replace(/^[^/]*\/\/[^/]*/, "").replace(/\/+$/, "");
}

/**
 * `"METHOD path"` -> the path of its base relative to the cluster address, for each operation whose own `servers`
 * put it somewhere else than the root `servers` (whose path is `/v2`).
 *
 * @param {any} doc the parsed OpenAPI document
 * @returns {Record<string, string>}
 * @example
 * collectOwnBasePaths(doc); // { "GET /cluster/v2/topology": "" }
 */
export function collectOwnBasePaths(doc) {
  const root = serverPath(doc.servers?.[0]?.url ?? "/v2");
  /** @type {Record<string, string>} */
  const out = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      const servers = op?.servers ?? item.servers;
      if (!op || !servers?.[0]?.url) continue;
      const base = serverPath(servers[0].url);
      if (base !== root) out[`${method.toUpperCase()} ${path}`] = base;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** TypeScript source of the `ownBasePaths` table (appended to operations.ts). */
export function renderOwnBasePaths(table) {
  return [
    ``,
    `/**`,
    ` * Operations the spec serves at their own base (its path- or operation-level \`servers\`): \`"METHOD path"\` -> the`,
    ` * path of that base relative to the cluster address (\`""\` = the address itself; the other operations are under \`/v2\`).`,
    ` */`,
    `export const ownBasePaths: Readonly<Record<string, string>> = {`,
    ...Object.entries(table).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    `};`,
    ``,
  ].join("\n");
}
