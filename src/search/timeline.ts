// A coverage (coverage.ts) as a table of rows: one per period, a column per query, or with
// `bySource` a column per source (the largest ones, the rest together) for one query. The
// search page's data table and `npm run search -- --timeline` print the same rows.
import { topSources, type Coverage } from './coverage.ts';

/** Source columns shown apart; with "other" and "none" they take the seven series colours of
 * style.css (.s0–.s6), and more would not fit a terminal or a phone. */
export const MAX_SOURCE_COLUMNS = 5;
export const OTHER_SOURCES = 'other sources';
export const NO_SOURCE = 'no source named';

export interface TimelineTable {
  /** `period`, then one name per column. */
  header: string[];
  /** Per period: its key, then the counts; the last row is `undated`. */
  rows: [string, ...number[]][];
}

export function timelineTable(
  c: Coverage,
  queries: readonly string[],
  sourceNames: readonly string[],
  bySource = false,
): TimelineTable {
  if (!bySource) {
    return {
      header: [c.period, ...queries],
      rows: [
        ...c.bins.map((b, i): [string, ...number[]] => [
          b.key,
          ...c.series.map((s) => s.counts[i]!),
        ]),
        ['undated', ...c.series.map((s) => s.undated)],
      ],
    };
  }
  const s = c.series[0]!;
  const ranked = topSources(s, sourceNames);
  const named = ranked.filter((r) => r.source !== null);
  const shown = named.slice(0, MAX_SOURCE_COLUMNS).map((r) => sourceNames.indexOf(r.source!));
  const rest = named.length > shown.length;
  const none = ranked.length > named.length;
  const columns = (counts: ReadonlyMap<number, number>): number[] => {
    const out = shown.map((i) => counts.get(i) ?? 0);
    let other = 0;
    for (const [i, n] of counts) if (i >= 0 && !shown.includes(i)) other += n;
    if (rest) out.push(other);
    if (none) out.push(counts.get(-1) ?? 0);
    return out;
  };
  const undated = new Map(s.sources);
  for (const perBin of s.bySource) for (const [i, n] of perBin) undated.set(i, undated.get(i)! - n);
  return {
    header: [
      c.period,
      ...shown.map((i) => sourceNames[i]!),
      ...(rest ? [OTHER_SOURCES] : []),
      ...(none ? [NO_SOURCE] : []),
    ],
    rows: [
      ...c.bins.map((b, i): [string, ...number[]] => [b.key, ...columns(s.bySource[i]!)]),
      ['undated', ...columns(undated)],
    ],
  };
}
