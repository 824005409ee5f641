// How much the archive wrote about a query, and when, and where: matches counted per period
// (day, week, month or year) and per source, from the hits' document numbers and the small
// date/source table alone, so no document is loaded. Shared by the search page's chart and
// `npm run search -- --timeline`. Several queries (compare) get the same periods, so their
// series line up. Day numbers count days since 1970-01-01 (format.ts), read with UTC methods:
// the process's time zone never moves a day.
import type { DocTable } from './format.ts';

export const PERIODS = ['day', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** Spans (in days) up to which a period gives a readable number of bars (about 100 or fewer). */
const MAX_SPAN_FOR: Record<Exclude<Period, 'year'>, number> = {
  day: 92,
  week: 2 * 366,
  month: 12 * 366,
};

const DAY_MS = 86400e3;
/** 1970-01-01 was a Thursday: day 0 is 3 days after a Monday (weeks start on Monday, ISO 8601). */
const MONDAY_OFFSET = 3;

/** `2020-02-17` for a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first day of the period holding `day`.
 * @example isoDay(periodStart(dayNumber('2020-02-19')!, 'week')) // '2020-02-17' (a Monday)
 */
export function periodStart(day: number, period: Period): number {
  if (period === 'day') return day;
  if (period === 'week') return day - ((((day + MONDAY_OFFSET) % 7) + 7) % 7);
  const d = new Date(day * DAY_MS);
  const month = period === 'month' ? d.getUTCMonth() : 0;
  return Math.round(Date.UTC(d.getUTCFullYear(), month, 1) / DAY_MS);
}

/** The first day of the next period. */
function nextStart(start: number, period: Period): number {
  if (period === 'day') return start + 1;
  if (period === 'week') return start + 7;
  const d = new Date(start * DAY_MS);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
  return Math.round((period === 'month' ? Date.UTC(y, m + 1, 1) : Date.UTC(y + 1, 0, 1)) / DAY_MS);
}

/** How a period is named: `2020-02-17`, `2020-02-17` (its Monday), `2020-02`, `2020`. */
export function periodKey(start: number, period: Period): string {
  const iso = isoDay(start);
  return period === 'month' ? iso.slice(0, 7) : period === 'year' ? iso.slice(0, 4) : iso;
}

/** The period that keeps the bars between first and last day readable. */
export function choosePeriod(first: number, last: number): Period {
  const span = last - first + 1;
  return (['day', 'week', 'month'] as const).find((p) => span <= MAX_SPAN_FOR[p]) ?? 'year';
}

export interface Bin {
  key: string;
  /** First and last ISO day of the period (for a date filter). */
  from: string;
  to: string;
}

export interface Series {
  /** Matches per bin, in the order of Coverage.bins. */
  counts: number[];
  /** Per bin, matches per source index (Coverage.sources order), only where non-zero. */
  bySource: Map<number, number>[];
  undated: number;
  total: number;
  /** Matches per source index (-1: no source named), over dated and undated matches. */
  sources: Map<number, number>;
}

export interface Coverage {
  period: Period;
  /** Every period from the first match's to the last's, empty ones kept (time runs evenly). */
  bins: Bin[];
  /** One per query, in order. */
  series: Series[];
}

/**
 * Counts each list of matching documents per period and per source.
 * @example coverage(table, [[0, 1]]).series[0].counts // [2] when both are from one month
 */
export function coverage(
  table: DocTable,
  matches: readonly (readonly number[])[],
  period?: Period,
): Coverage {
  let first = Infinity;
  let last = -Infinity;
  for (const docs of matches)
    for (const d of docs) {
      const day = table.days[d];
      if (day === null || day === undefined) continue;
      if (day < first) first = day;
      if (day > last) last = day;
    }
  const chosen = period ?? (first <= last ? choosePeriod(first, last) : 'month');
  const bins: Bin[] = [];
  const binOf = new Map<number, number>();
  if (first <= last)
    for (let s = periodStart(first, chosen); s <= last; s = nextStart(s, chosen)) {
      const next = nextStart(s, chosen);
      binOf.set(s, bins.length);
      bins.push({ key: periodKey(s, chosen), from: isoDay(s), to: isoDay(next - 1) });
    }
  const series = matches.map((docs): Series => {
    const s: Series = {
      counts: bins.map(() => 0),
      bySource: bins.map(() => new Map()),
      undated: 0,
      total: docs.length,
      sources: new Map(),
    };
    for (const d of docs) {
      const source = table.sources[d] ?? -1;
      s.sources.set(source, (s.sources.get(source) ?? 0) + 1);
      const day = table.days[d];
      if (day === null || day === undefined) {
        s.undated++;
        continue;
      }
      const b = binOf.get(periodStart(day, chosen))!;
      s.counts[b]!++;
      s.bySource[b]!.set(source, (s.bySource[b]!.get(source) ?? 0) + 1);
    }
    return s;
  });
  return { period: chosen, bins, series };
}

/** Sources by matches, most first (ties by name); -1 (no source named) last. */
export function topSources(
  series: Series,
  names: readonly string[],
): { source: string | null; count: number }[] {
  return [...series.sources]
    .map(([i, count]) => ({ source: i >= 0 ? names[i]! : null, count }))
    .sort(
      (a, b) =>
        Number(a.source === null) - Number(b.source === null) ||
        b.count - a.count ||
        (a.source! < b.source! ? -1 : 1),
    );
}
