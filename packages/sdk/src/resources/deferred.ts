/**
 * Calls of a resource whose code is loaded with `import()` on first use (`pac.records`,
 * `pac.middleware`): the resource's class stays small and keeps its methods and return types,
 * and each call hands over to the loaded code once it is there.
 */
import { PagePromise } from "../pagination.js";
import { APIPromise } from "./request.js";

/** The `APIPromise` of `call`, made once `load` has resolved; a failed load rejects the call. */
export function deferredCall<Loaded, T>(
  load: () => Promise<Loaded>,
  call: (loaded: Loaded) => APIPromise<T>,
): APIPromise<T> {
  return new APIPromise(load().then((loaded) => call(loaded).withResponse()));
}

// Boxed: awaiting the `PagePromise` itself would unwrap it to its first page.
type Boxed<Page, Item> = { page: PagePromise<Page, Item> };

/** A `PagePromise` over the one the loaded code returns: the same first page, pages and items. */
class DeferredPagePromise<Page, Item> extends PagePromise<Page, Item> {
  readonly #inner: Promise<Boxed<Page, Item>>;

  constructor(inner: Promise<Boxed<Page, Item>>) {
    const firstPage = inner.then(({ page }) => page.withResponse());
    // Iterating reads the inner PagePromise, not this one: a rejection is reported there.
    firstPage.catch(() => undefined);
    // The paginator is never asked: pages and items come from the inner PagePromise.
    super(firstPage, { items: () => [], next: () => undefined });
    this.#inner = inner;
  }

  override async *pages(): AsyncGenerator<Page, void, undefined> {
    yield* (await this.#inner).page.pages();
  }

  override async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    yield* (await this.#inner).page;
  }
}

/** The `PagePromise` of `call`, made once `load` has resolved. */
export function deferredPage<Loaded, Page, Item>(
  load: () => Promise<Loaded>,
  call: (loaded: Loaded) => PagePromise<Page, Item>,
): PagePromise<Page, Item> {
  return new DeferredPagePromise(load().then((loaded) => ({ page: call(loaded) })));
}
