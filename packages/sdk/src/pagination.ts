import type { components } from "./generated/schema.js";
import { APIPromise, type APIResponse, startCall } from "./resources/request.js";

type PagePagination = components["schemas"]["PagePagination"];
type OffsetPagination = components["schemas"]["OffsetPagination"];

/** How to read one page and fetch the one after it. */
export interface Paginator<Page, Item> {
  items(page: Page): readonly Item[];
  /** The request for the next page, or undefined when `page` is the last one. */
  next(page: Page): (() => Promise<APIResponse<Page>>) | undefined;
}

/**
 * An `APIPromise` of the first page that is also an async iterable of every item from that page
 * on: `await list` gives one page, `for await (const item of list)` walks them all, fetching
 * each next page only when the previous one is used up.
 */
export class PagePromise<Page, Item> extends APIPromise<Page> implements AsyncIterable<Item> {
  readonly #paginator: Paginator<Page, Item>;

  constructor(first: Promise<APIResponse<Page>>, paginator: Paginator<Page, Item>) {
    super(first);
    this.#paginator = paginator;
  }

  /** Every page, starting with the first one (already requested). */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    let current = await this.withResponse();
    for (;;) {
      yield current.data;
      const next = this.#paginator.next(current.data);
      if (next === undefined) return;
      current = await next();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* this.#paginator.items(page);
  }
}

/** Page-numbered lists (`page` from 1, `pagination.totalPages`). */
export function pageNumberPaginator<Page, Item>(options: {
  items: (page: Page) => readonly Item[];
  pagination: (page: Page) => PagePagination;
  fetchPage: (page: number) => Promise<APIResponse<Page>>;
}): Paginator<Page, Item> {
  return {
    items: options.items,
    next(page) {
      const { page: number, totalPages } = options.pagination(page);
      if (options.items(page).length === 0 || number >= totalPages) return undefined;
      return () => options.fetchPage(number + 1);
    },
  };
}

/** Offset lists (`offset`, `limit`, `pagination.total`). */
export function offsetPaginator<Page, Item>(options: {
  items: (page: Page) => readonly Item[];
  pagination: (page: Page) => OffsetPagination;
  fetchPage: (offset: number) => Promise<APIResponse<Page>>;
}): Paginator<Page, Item> {
  return {
    items: options.items,
    next(page) {
      const count = options.items(page).length;
      const { offset, total } = options.pagination(page);
      if (count === 0 || offset + count >= total) return undefined;
      return () => options.fetchPage(offset + count);
    },
  };
}

/** Like `apiCall`, for lists: validation errors thrown by `run` reject the returned promise. */
export function pagedCall<Page, Item>(
  run: () => Promise<APIResponse<Page>>,
  paginator: Paginator<Page, Item>,
): PagePromise<Page, Item> {
  return new PagePromise(startCall(run), paginator);
}
