// The rendered pages of the current minute, least recently used first out when full
// (docs/decisions/0022-page-cache.md). Pure: no HTTP, no database, so its rules are unit-tested.

export type StoredPage = {
  /** Response headers as Next.js set them, less the per-connection ones. */
  headers: Record<string, string | string[]>;
  body: string;
  /** The CSP nonce the page was rendered with; every serving replaces it with a fresh one. */
  nonce: string | null;
};

export type PageStore = {
  get(key: string, now?: number): StoredPage | undefined;
  /** `renderedAt`: when the render began; a page begun in a minute that has passed is not kept. */
  set(key: string, page: StoredPage, renderedAt: number, now?: number): void;
  /** Pages held and their bytes (for the bench and the tests). */
  size(): { pages: number; bytes: number };
};

const MINUTE_MS = 60_000;
const pageBytes = (page: StoredPage) => page.body.length + 512;

/**
 * A page is kept for the minute it was rendered in: what a page says about time ("due today",
 * "3 days ago") is at most a minute old, and every page of a minute that has passed is dropped at
 * once. Within the minute, pages over `maxBytes` push the least recently used ones out.
 */
export function createPageStore({ maxBytes, maxPageBytes = 2 * 1024 * 1024 }: { maxBytes: number; maxPageBytes?: number }): PageStore {
  const pages = new Map<string, StoredPage>();
  let bytes = 0;
  let minute = -1;

  const turnMinute = (now: number) => {
    const current = Math.floor(now / MINUTE_MS);
    if (current === minute) return;
    minute = current;
    pages.clear();
    bytes = 0;
  };

  return {
    get(key, now = Date.now()) {
      turnMinute(now);
      const page = pages.get(key);
      if (!page) return undefined;
      // Most recently used last: the Map's order is the eviction order.
      pages.delete(key);
      pages.set(key, page);
      return page;
    },
    set(key, page, renderedAt, now = Date.now()) {
      turnMinute(now);
      if (Math.floor(renderedAt / MINUTE_MS) !== minute) return;
      const size = pageBytes(page);
      if (size > maxPageBytes || size > maxBytes) return;
      const previous = pages.get(key);
      if (previous) {
        bytes -= pageBytes(previous);
        pages.delete(key);
      }
      while (bytes + size > maxBytes && pages.size > 0) {
        const [oldestKey, oldest] = pages.entries().next().value!;
        pages.delete(oldestKey);
        bytes -= pageBytes(oldest);
      }
      pages.set(key, page);
      bytes += size;
    },
    size: () => ({ pages: pages.size, bytes }),
  };
}
