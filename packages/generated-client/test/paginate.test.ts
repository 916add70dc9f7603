import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { typeErrors } from "../../../config/test-support/markdown-examples.js";
import { CamundaPaginationError, CamundaProblemError, createCamundaClient, paginate } from "../src/index.js";
import { json, startServer, type TestServer } from "./support/http-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A search endpoint over `total` items with cursor pagination (cursor = base64 of the next index). */
async function searchServer(total: number) {
  return startServer((_req, res, seen) => {
    const { page = {} } = JSON.parse(seen.body || "{}") as { page?: { limit?: number; after?: string } };
    const limit = page.limit ?? 100;
    const start = page.after ? Number(Buffer.from(page.after, "base64").toString()) : 0;
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => ({
      processInstanceKey: String(2251799813685249 + start + i),
    }));
    const end = start + items.length;
    json(res, 200, {
      items,
      page: {
        totalItems: total,
        hasMoreTotalItems: false,
        startCursor: Buffer.from(String(start)).toString("base64"),
        endCursor: Buffer.from(String(end)).toString("base64"),
      },
    });
  });
}

describe("paginate", () => {
  it("a page without items (optional in Camunda 8.8's spec) ends the walk with no item", async () => {
    server = await startServer((_req, res) => json(res, 200, { page: { totalItems: 0, hasMoreTotalItems: false } }));
    const client = createCamundaClient({ baseUrl: server.address });
    const items: unknown[] = [];
    for await (const item of paginate(client, "/process-instances/search", {})) items.push(item);
    expect(items).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  it("walks 250 items in pages of 100: 250 items in order, 3 requests following the cursor", async () => {
    server = await searchServer(250);
    const client = createCamundaClient({ baseUrl: server.address });
    const keys: string[] = [];
    for await (const item of paginate(client, "/process-instances/search", { filter: { state: "ACTIVE" }, page: { limit: 100 } })) {
      keys.push(item.processInstanceKey);
    }
    expect(keys).toHaveLength(250);
    expect(keys).toEqual(Array.from({ length: 250 }, (_, i) => String(2251799813685249 + i)));
    expect(server.seen).toHaveLength(3);
    const bodies = server.seen.map((s) => JSON.parse(s.body));
    expect(bodies[0]).toEqual({ filter: { state: "ACTIVE" }, page: { limit: 100 } });
    expect(bodies[1].page).toEqual({ limit: 100, after: Buffer.from("100").toString("base64") });
    expect(bodies[2].filter).toEqual({ state: "ACTIVE" });
  });

  it("stops at maxItems without fetching more, and gives pages with pages()", async () => {
    server = await searchServer(250);
    const client = createCamundaClient({ baseUrl: server.address });
    const items = [];
    for await (const item of paginate(client, "/process-instances/search", {}, { maxItems: 150 })) items.push(item);
    expect(items).toHaveLength(150);
    expect(server.seen).toHaveLength(2);
    const sizes: number[] = [];
    for await (const page of paginate(client, "/process-instances/search", {}, { pageSize: 120 }).pages()) {
      sizes.push(page.items.length);
      expect(page.page.totalItems).toBe(250);
    }
    expect(sizes).toEqual([120, 120, 10]);
  });

  it("fills path parameters of searches under a resource", async () => {
    server = await searchServer(3);
    const client = createCamundaClient({ baseUrl: server.address });
    const users = [];
    for await (const u of paginate(client, "/groups/{groupId}/users/search", {}, { path: { groupId: "admins" } })) users.push(u);
    expect(users).toHaveLength(3);
    expect(server.seen[0]!.url).toBe("/v2/groups/admins/users/search");
  });

  it("stops with a CamundaPaginationError when the cursor does not advance (the same one, or a cycle)", async () => {
    for (const cursors of [["A", "A"], ["A", "B", "A"], ["START"]]) {
      server = await startServer((_req, res, _s, n) =>
        json(res, 200, { items: [{ processInstanceKey: String(n) }, { processInstanceKey: "x" }], page: { endCursor: cursors[(n - 1) % cursors.length] } }),
      );
      const client = createCamundaClient({ baseUrl: server.address });
      const body = cursors[0] === "START" ? { page: { limit: 2, after: "START" } } : { page: { limit: 2 } };
      const keys: string[] = [];
      const error = await (async () => {
        for await (const item of paginate(client, "/process-instances/search", body)) keys.push(item.processInstanceKey);
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CamundaPaginationError);
      expect(error).toMatchObject({ code: "C8REST_PAGINATION_CURSOR_REPEATED", path: "/process-instances/search", pages: server.seen.length });
      // Each page was requested once: the iteration stopped at the first cursor it had already followed.
      expect(server.seen).toHaveLength(cursors[0] === "START" ? 1 : cursors.length);
      expect(keys).toHaveLength(server.seen.length * 2);
      await server.close();
      server = undefined;
    }
  });

  it("ends with a CamundaProblemError on an HTTP error", async () => {
    server = await startServer((_req, res) => json(res, 400, { title: "INVALID_ARGUMENT", status: 400, detail: "bad filter" }));
    const client = createCamundaClient({ baseUrl: server.address });
    const iterate = async () => {
      for await (const _ of paginate(client, "/process-instances/search", {})) void _;
    };
    await expect(iterate()).rejects.toBeInstanceOf(CamundaProblemError);
    await expect(iterate()).rejects.toMatchObject({ status: 400, operationId: "searchProcessInstances" });
  });

  it("stops when the signal aborts", async () => {
    server = await searchServer(1000);
    const client = createCamundaClient({ baseUrl: server.address });
    const controller = new AbortController();
    const seen = [];
    await expect(
      (async () => {
        for await (const item of paginate(client, "/process-instances/search", {}, { signal: controller.signal })) {
          seen.push(item);
          if (seen.length === 150) controller.abort(new Error("enough"));
        }
      })(),
    ).rejects.toThrow("enough");
    expect(server.seen).toHaveLength(2);
  });
});

describe("paginate types (the built package, as a strict consumer compiles it)", () => {
  it("accepts search paths only, checks the body, and types the items from the operation", () => {
    const program = [
      'import { createCamundaClient, paginate } from "@c8rest/client";',
      'const client = createCamundaClient({ baseUrl: "http://127.0.0.1:1" });',
      'paginate(client, "/process-instances", {});',
      'paginate(client, "/process-instances/search", { filter: { stat: "ACTIVE" } });',
      'for await (const user of paginate(client, "/users/search", {})) { const n: string | undefined = user.username; void user.processInstanceKey; void n; }',
      'for await (const page of paginate(client, "/incidents/search").pages()) { const t: number = page.page.totalItems; void t; }',
      // Every `.../search` POST of the spec has typed items: no SearchItem is never, unknown or any.
      'import type { SearchItem, SearchPath } from "@c8rest/client";',
      "type Loose<I> = [I] extends [never] ? true : unknown extends I ? true : false;",
      "type Untyped = { [P in SearchPath]: Loose<SearchItem<P>> extends true ? P : never }[SearchPath];",
      "const allTyped: [Untyped] extends [never] ? true : false = true; void allTyped;",
    ].join("\n");
    const errors = typeErrors(program, join(import.meta.dirname, ".tmp", "paginate-types"), "paginate-types");
    expect(errors.map((e) => e.split(":")[0])).toEqual(["3", "4", "5"]);
    expect(errors[0]).toMatch(/"\/process-instances"/);
    expect(errors[1]).toMatch(/stat/);
    expect(errors[2]).toMatch(/processInstanceKey/);
  }, 60_000);
});
