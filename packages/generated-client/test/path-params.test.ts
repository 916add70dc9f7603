// Spec-wide: for every operation and every path parameter of spec/camunda-rest-api.yaml, a value that URL
// normalisation would resolve away is refused before sending (however the client is called), and real values reach
// the operation that was named, encoded.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { API_PATH_PREFIX, CamundaPathParameterError, createCamundaClient, operationTable, ownBasePaths, paginate, withCallOptions } from "../src/index.js";
import { operationIdOf } from "../src/problem-error.js";

const BASE = "http://cluster.test:8080";
const specFile = join(fileURLToPath(new URL("../../..", import.meta.url)), "spec", "camunda-rest-api.yaml");
const spec = parse(readFileSync(specFile, "utf8")) as { paths: Record<string, Record<string, { operationId?: string; parameters?: { in: string; name: string }[] }>> };

interface Pair {
  operationId: string;
  method: string;
  path: string;
  names: string[];
  parameter: string;
}
/** Every (operation, path parameter) of the spec; the operation must be in the generated table. */
const pairs: Pair[] = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!op || typeof op !== "object" || !op.operationId) continue;
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const declared = [...((item as { parameters?: Pair[] }).parameters ?? []), ...(op.parameters ?? [])].filter((p) => (p as { in?: string }).in === "path");
    expect(declared.map((p) => (p as unknown as { name: string }).name).sort()).toEqual([...names].sort());
    for (const parameter of names) pairs.push({ operationId: op.operationId, method: method.toUpperCase(), path, names, parameter });
  }
}

const BAD: unknown[] = [".", "..", "", "...", "%2e", "%2E", ".%2e", "%2E%2e", "%2e.", "%252e%252e", [".."], [], undefined, null];
const GOOD = ["2251799813685249", "-1", "a b", "a/b", "x.y", "..a", "ä€", "%41", "a?b#c"];

function recordingClient() {
  const sent: string[] = [];
  const fetch = async (request: Request) => {
    sent.push(`${request.method} ${request.url}`);
    return Response.json({});
  };
  return { sent, client: createCamundaClient({ baseUrl: BASE, fetch, retry: false }) };
}
const paramsFor = (pair: Pair, value: unknown) => ({ path: Object.fromEntries(pair.names.map((n) => [n, n === pair.parameter ? value : "1"])) });
const bodyFor = (method: string) => (method === "GET" || method === "DELETE" ? undefined : {});
type Loose = Record<string, (url: string, init?: object) => Promise<unknown>> & { request(method: string, url: string, init?: object): Promise<unknown> };

describe("path parameters, spec-wide", () => {
  it("covers every operation of the generated table that has path parameters", () => {
    const fromTable = Object.entries(operationTable).filter(([, op]) => op.path.includes("{")).map(([id]) => id);
    expect(new Set(pairs.map((p) => p.operationId))).toEqual(new Set(fromTable));
    // one pair per path parameter of each operation: the table's count, whatever spec is pinned (143 in Camunda 8.9)
    const parametersInTable = Object.values(operationTable).reduce((n, op) => n + (op.path.match(/\{[^}]+\}/g)?.length ?? 0), 0);
    expect(pairs.length).toBe(parametersInTable);
    expect(pairs.length).toBeGreaterThan(0);
  });

  it("without the check, plain openapi-fetch sends many (operation, parameter) pairs to another operation", async () => {
    const sent: string[] = [];
    const plain = createClient({ baseUrl: `${BASE}/v2`, fetch: async (r: Request) => (sent.push(r.url), Response.json({})) }) as unknown as Loose;
    const elsewhere = new Set<string>();
    for (const pair of pairs) {
      for (const value of [".", ".."]) {
        await plain[pair.method]!(pair.path, { params: paramsFor(pair, value), body: bodyFor(pair.method) });
        const id = operationIdOf(pair.method, new URL(sent.at(-1)!).pathname.slice(3));
        if (id && id !== pair.operationId) elsewhere.add(`${pair.operationId}.${pair.parameter}`);
      }
    }
    expect(elsewhere.size).toBeGreaterThan(30);
  });

  it("a bad value is refused unsent, naming the parameter: strict methods, request(), a withCallOptions view", async () => {
    const { sent, client } = recordingClient();
    const ways: [string, (pair: Pair, init: object) => Promise<unknown>][] = [
      ["method", (pair, init) => (client as unknown as Loose)[pair.method]!(pair.path, init)],
      ["request", (pair, init) => (client as unknown as Loose).request(pair.method.toLowerCase(), pair.path, init)],
      ["view", (pair, init) => (withCallOptions(client, { timeoutMs: 5_000 }) as unknown as Loose)[pair.method]!(pair.path, init)],
    ];
    let checked = 0;
    for (const pair of pairs) {
      for (const value of BAD) {
        for (const [way, call] of ways) {
          const error = await call(pair, { params: paramsFor(pair, value), body: bodyFor(pair.method) }).then(
            () => undefined,
            (e: unknown) => e,
          );
          const what = `${way} ${pair.operationId} ${pair.parameter}=${JSON.stringify(value)}`;
          expect(error, what).toBeInstanceOf(CamundaPathParameterError);
          expect(error, what).toMatchObject({ code: "C8REST_PATH_PARAMETER_INVALID", parameter: pair.parameter, operationId: pair.operationId, method: pair.method, path: pair.path });
          expect((error as Error).message, what).toContain(`"${pair.parameter}"`);
          checked++;
        }
      }
    }
    expect(sent).toEqual([]);
    expect(checked).toBe(pairs.length * BAD.length * ways.length);
  });

  it("paginate refuses a bad path parameter of a search under a resource, unsent", async () => {
    const { sent, client } = recordingClient();
    const searches = pairs.filter((p) => p.method === "POST" && p.path.endsWith("/search"));
    expect(searches.length).toBeGreaterThan(5);
    for (const pair of searches) {
      for (const value of [".", "..", "", "%2e%2e"]) {
        const iterate = paginate(client, pair.path as never, {} as never, { path: paramsFor(pair, value).path as Record<string, string> });
        await expect(iterate.pages()[Symbol.asyncIterator]().next(), pair.operationId).rejects.toMatchObject({ parameter: pair.parameter });
      }
    }
    expect(sent).toEqual([]);
  });

  it("real values reach the operation named, percent-encoded, with no segment resolved away", async () => {
    const { sent, client } = recordingClient();
    for (const pair of pairs) {
      for (const value of GOOD) {
        await (client as unknown as Loose)[pair.method]!(pair.path, { params: paramsFor(pair, value), body: bodyFor(pair.method) });
        const expected = pair.path.replace(/\{([^}]+)\}/g, (_, n: string) => encodeURIComponent(n === pair.parameter ? value : "1"));
        const [method, url] = sent.at(-1)!.split(" ");
        // under /v2, or at the operation's own base (8.10's /cluster/v2/... at the address itself)
        const base = ownBasePaths[`${pair.method} ${pair.path}`] ?? API_PATH_PREFIX;
        expect(`${method} ${new URL(url!).pathname}`, `${pair.operationId} ${pair.parameter}=${value}`).toBe(`${pair.method} ${base}${expected}`);
        expect(operationIdOf(method!, new URL(url!).pathname.slice(base.length))).toBe(pair.operationId);
      }
    }
    expect(sent).toHaveLength(pairs.length * GOOD.length);
  });

  it("a path serializer of the client that lets a separator through is caught as well", async () => {
    const sent: string[] = [];
    const raw = (url: string, params: Record<string, unknown>) => url.replace(/\{([^}]+)\}/g, (_, n: string) => String(params[n]));
    const client = createCamundaClient({ baseUrl: BASE, fetch: async (r) => (sent.push(r.url), Response.json({})), pathSerializer: raw });
    const call = client.DELETE("/groups/{groupId}/users/{username}", { params: { path: { groupId: "a/../..", username: "bob" } } });
    await expect(call).rejects.toMatchObject({ name: "CamundaPathParameterError", parameter: "groupId" });
    const perCall = client.GET("/users/{username}", { params: { path: { username: "a%2f.." } }, pathSerializer: raw });
    await expect(perCall).resolves.toBeDefined();
    expect(sent).toEqual([`${BASE}/v2/users/a%2f..`]);
  });
});
