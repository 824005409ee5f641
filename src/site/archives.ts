// Archive listings (year, month, day, source, tag, undated) as paginated list pages. They are
// computed here, once, so Eleventy paginates one template over a flat array: linear in pages.

import type { MonthGrid } from './calendar.ts';
import type { MonthlyChart } from './chart.ts';

export interface Listed {
  url: string;
  date: string | null;
}

export interface Pagination {
  number: number;
  count: number;
  prev: string | null;
  next: string | null;
  /** URLs of all pages of this listing, for numbered page links. */
  pages: string[];
}

export interface CalendarCell {
  label: string;
  count: number;
  /** Link to the cell's archive page, null when it has no articles. */
  url: string | null;
}

/** A page of the date archive: where it sits (year › month › day) and the nearest periods of
 * the same kind that have articles, older and newer. */
export interface PeriodNav {
  crumbs: { label: string; url: string }[];
  older: { label: string; url: string } | null;
  newer: { label: string; url: string } | null;
  /** Month pages: the month as a calendar of weeks. */
  grid: MonthGrid | null;
  /** Year pages: the year's articles per month, by source. */
  chart: MonthlyChart | null;
}

export interface ListPage<T extends Listed> {
  url: string;
  kind: 'year' | 'month' | 'day' | 'source' | 'tag' | 'undated';
  title: string;
  items: T[];
  pagination: Pagination;
  /** Year pages: the twelve months. */
  calendar: CalendarCell[] | null;
  /** Year, month and day pages: their place in the date archive. */
  nav: PeriodNav | null;
}

/** Newest first; undated ones last; ties by URL so the order never depends on input order. */
export function byDateDesc(a: Listed, b: Listed): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** `items` cut into pages of `size` at `base`, `base`page/2/, …, each with its links. */
export function pagesOf<T>(
  base: string,
  items: readonly T[],
  size: number,
): { url: string; items: T[]; pagination: Pagination }[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const pages = Array.from({ length: count }, (_, i) => (i === 0 ? base : `${base}page/${i + 1}/`));
  return pages.map((url, i) => ({
    url,
    items: items.slice(i * size, (i + 1) * size),
    pagination: {
      number: i + 1,
      count,
      prev: pages[i - 1] ?? null,
      next: pages[i + 1] ?? null,
      pages,
    },
  }));
}

/** Splits `items` into list pages at `base`, `base`page/2/, … */
export function paginate<T extends Listed>(
  base: string,
  kind: ListPage<T>['kind'],
  title: string,
  items: T[],
  size: number,
  calendar: CalendarCell[] | null = null,
  nav: PeriodNav | null = null,
): ListPage<T>[] {
  return pagesOf(base, items, size).map(({ url, items, pagination }) => ({
    url,
    kind,
    title:
      pagination.count > 1 ? `${title} (page ${pagination.number} of ${pagination.count})` : title,
    items,
    pagination,
    calendar,
    nav,
  }));
}

/** Groups items by a key, keeping each group in the items' order; keys sorted. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(item);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
