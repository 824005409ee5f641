// The archive over time, for a chart drawn at build time: articles per month from the first
// dated month to the last (empty months kept, so time runs evenly), split by source when
// there are several (the largest ones, the rest as "Other"). Pure data; the view draws it.

/** Sources shown apart in the chart; more would be colours no reader can tell apart. */
export const MAX_CHART_SOURCES = 5;
export const OTHER_SOURCES = 'Other sources';
export const NO_SOURCE = 'No source named';

export interface MonthBar {
  /** `YYYY-MM`. */
  month: string;
  total: number;
  /** Counts in the order of MonthlyChart.series. */
  counts: number[];
}

export interface MonthlyChart {
  /** The series' names, largest first (a source, OTHER_SOURCES, NO_SOURCE). */
  series: string[];
  bars: MonthBar[];
  max: number;
}

interface Dated {
  date: string | null;
  source: string | null;
}

/** Every month from `first` to `last` (`YYYY-MM`), in order. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  for (; y * 12 + m <= end; m === 12 ? ((m = 1), y++) : m++)
    out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

/**
 * Articles per month, by source; null when no article is dated.
 * @example monthlyChart([{ date: '2020-02-17', source: 'SANA' }]).bars // [{ month: '2020-02', total: 1, counts: [1] }]
 */
export function monthlyChart(items: readonly Dated[]): MonthlyChart | null {
  const dated = items.filter((i): i is Dated & { date: string } => i.date !== null);
  if (dated.length === 0) return null;
  const perSource = new Map<string, number>();
  for (const i of dated) {
    const s = i.source ?? NO_SOURCE;
    perSource.set(s, (perSource.get(s) ?? 0) + 1);
  }
  const ranked = [...perSource]
    .filter(([s]) => s !== NO_SOURCE)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([s]) => s);
  const shown = ranked.slice(0, MAX_CHART_SOURCES);
  const series = [
    ...shown,
    ...(ranked.length > shown.length ? [OTHER_SOURCES] : []),
    ...(perSource.has(NO_SOURCE) ? [NO_SOURCE] : []),
  ];
  const seriesOf = (s: string | null) =>
    series.indexOf(s === null ? NO_SOURCE : shown.includes(s) ? s : OTHER_SOURCES);
  const months = dated.map((i) => i.date.slice(0, 7)).sort();
  const bars = monthsBetween(months[0]!, months.at(-1)!).map((month) => ({
    month,
    total: 0,
    counts: series.map(() => 0),
  }));
  const at = new Map(bars.map((b) => [b.month, b]));
  for (const i of dated) {
    const bar = at.get(i.date.slice(0, 7))!;
    bar.total++;
    bar.counts[seriesOf(i.source)]!++;
  }
  return { series, bars, max: Math.max(...bars.map((b) => b.total)) };
}
