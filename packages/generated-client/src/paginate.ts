import type { paths } from "./generated/schema.js";
import { CamundaProblemError } from "./problem-error.js";

/** Stable code of {@link CamundaPaginationError}: the server answered a cursor it had answered before. */
export const PAGINATION_ERROR_CODE = "C8REST_PAGINATION_CURSOR_REPEATED" as const;

/**
 * Thrown by {@link paginate} when a page's `endCursor` is one it has already followed: the cursor does not advance,
 * and following it would request the same pages forever.
 *
 * @example
 * try {
 *   for await (const item of paginate(client, "/process-instances/search", {})) console.log(item.processInstanceKey);
 * } catch (e) {
 *   if (e instanceof CamundaPaginationError) console.error(e.path, e.pages);
 * }
 */
export class CamundaPaginationError extends Error {
  override readonly name = "CamundaPaginationError";
  readonly code = PAGINATION_ERROR_CODE;
  /** The search path, e.g. `/process-instances/search`. */
  readonly path: string;
  /** Pages read before the repeated cursor. */
  readonly pages: number;

  constructor(path: string, pages: number) {
    super(`paginate ${path}: page ${pages} answered an endCursor already followed, so the cursor does not advance; stopped instead of requesting the same pages again.`);
    this.path = path;
    this.pages = pages;
  }
}
import type { CamundaClient, PathsWithMethod } from "./strict-client.js";

type PostOp<P extends PathsWithMethod<"post">> = paths[P]["post"];
type JsonOf<T> = T extends { content: { "application/json": infer B } } ? B : never;

/**
 * A POST search path (`.../search`): its JSON body has `page`, its 200 answer `items` and `page`. A template-literal
 * filter rather than a check of every operation's types, so that using paginate stays cheap to type-check.
 */
export type SearchPath = Extract<PathsWithMethod<"post">, `${string}/search`>;

/** The request body of a search. */
export type SearchBody<P extends SearchPath> = JsonOf<NonNullable<PostOp<P>["requestBody"]>>;
/** One page (the 200 answer) of a search. */
export type SearchPage<P extends SearchPath> = JsonOf<PostOp<P>["responses"][200]>;
/** One item of a search. */
export type SearchItem<P extends SearchPath> = SearchPage<P> extends { items?: (infer I)[] } ? I : never; // optional in 8.8

/** Options of {@link paginate}. */
export interface PaginateOptions {
  /** Path parameters of searches under a resource, e.g. `{ groupId: "admins" }` for `/groups/{groupId}/users/search`. */
  path?: Record<string, string>;
  /** Stop after this many items (fewer requests when it is reached). */
  maxItems?: number;
  /** Page size when the body has no `page.limit` (default 100, the server's default). */
  pageSize?: number;
  /** Aborts the current request and ends the iteration with the signal's reason. */
  signal?: AbortSignal;
}

/** The items of a search, one by one; `pages()` gives the pages (the raw 200 answers) instead. */
export interface Paginated<Item, Page> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page>;
}

interface PageShape {
  items?: unknown[];
  page?: { endCursor?: string | null; totalItems?: number; hasMoreTotalItems?: boolean };
}

/**
 * Iterates over every item of a search, following the spec's cursor: each request sends the previous answer's
 * `page.endCursor` as `page.after`; it stops on a short or empty page, a missing cursor, `totalItems`, or `maxItems`.
 * An HTTP error ends the iteration with a {@link CamundaProblemError}; a cursor that does not advance (one already
 * followed) with a {@link CamundaPaginationError}.
 * See https://docs.camunda.io/docs/apis-tools/orchestration-cluster-api-rest/orchestration-cluster-api-rest-data-fetching/
 *
 * @example
 * for await (const instance of paginate(client, "/process-instances/search", { filter: { state: "ACTIVE" } })) {
 *   console.log(instance.processInstanceKey);
 * }
 */
export function paginate<P extends SearchPath>(
  client: CamundaClient,
  path: P,
  body?: SearchBody<P>,
  options: PaginateOptions = {},
): Paginated<SearchItem<P>, SearchPage<P>> {
  const maxItems = options.maxItems ?? Infinity;
  const request = body as { page?: { limit?: number; after?: string; from?: number } } | undefined;
  const pageSize = request?.page?.limit ?? options.pageSize ?? 100;
  const post = client.POST as unknown as (path: string, init: object) => Promise<{ data?: PageShape; error?: unknown; response: Response }>;

  async function* pages(): AsyncGenerator<PageShape> {
    let seen = 0;
    const cursors = new Set<string>();
    let page: Record<string, unknown> = { ...request?.page, limit: Math.min(pageSize, maxItems) };
    while (seen < maxItems) {
      const { data, error, response } = await post(path, {
        params: options.path ? { path: options.path } : undefined,
        body: { ...request, page },
        signal: options.signal,
      });
      if (!data) throw new CamundaProblemError(response, error);
      yield data;
      const items = data.items ?? [];
      seen += items.length;
      const { endCursor, totalItems, hasMoreTotalItems } = data.page ?? {};
      const limit = page.limit as number;
      const exhausted = typeof totalItems === "number" && !hasMoreTotalItems && seen >= totalItems;
      if (items.length === 0 || items.length < limit || !endCursor || exhausted) return;
      if (cursors.has(endCursor) || endCursor === request?.page?.after) throw new CamundaPaginationError(path, cursors.size + 1);
      cursors.add(endCursor);
      // Cursor and offset pagination exclude each other (SearchQueryPageRequest).
      page = { limit: Math.min(pageSize, maxItems - seen), after: endCursor };
    }
  }

  return {
    pages: pages as () => AsyncIterable<SearchPage<P>>,
    async *[Symbol.asyncIterator]() {
      let left = maxItems;
      for await (const data of pages()) {
        for (const item of data.items ?? []) {
          if (left-- <= 0) return;
          yield item as SearchItem<P>;
        }
      }
    },
  };
}
