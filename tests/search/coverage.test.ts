// Counts per period and per source, from postings and the date/source table alone, equal the
// counts taken from the records themselves, for every kind of query, with and without filters,
// on the generated archive of 2,000 articles the ranking test uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import lunr from 'lunr';
import { UTCDate } from '@date-fns/utc';
import { format, startOfISOWeek } from 'date-fns';
import { generatedDocs } from '../../scripts/lib/archive.ts';
import {
  choosePeriod,
  coverage,
  isoDay,
  periodStart,
  PERIODS,
  topSources,
  type Period,
} from '../../src/search/coverage.ts';
import { dayNumber } from '../../src/search/format.ts';
import { BOOSTS, FIELDS } from '../../src/search/fields.ts';
import { openSearch } from '../../src/search/node.ts';
import { filterHits, type Filters } from '../../src/search/results.ts';
import { timelineTable } from '../../src/search/timeline.ts';
import { writeSearchIndex } from '../../src/search/write.ts';
import type { SearchDoc } from '../../src/search/doc.ts';
import { tempDir } from '../support/temp.ts';

const docs = generatedDocs(2000, 7);
const dir = tempDir('search-coverage-');
await writeSearchIndex(docs, dir);
const reference = lunr(function () {
  this.ref('ref');
  for (const f of FIELDS) this.field(f, { boost: BOOSTS[f] });
  for (const d of docs) this.add(d);
});
const byRef = new Map(docs.map((d) => [d.ref, d]));
const { engine } = await openSearch(dir);
const table = await engine.docTable();
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** The period of an ISO date, computed apart from coverage.ts (date-fns, in UTC). */
function periodOf(iso: string, period: Period): string {
  if (period === 'day') return iso.slice(0, 10);
  if (period === 'month') return iso.slice(0, 7);
  if (period === 'year') return iso.slice(0, 4);
  return format(startOfISOWeek(new UTCDate(`${iso.slice(0, 10)}T00:00:00Z`)), 'yyyy-MM-dd');
}

/** What the records say: per period (undated apart) and per source. */
function fromRecords(matches: SearchDoc[], period: Period) {
  const perPeriod = new Map<string, number>();
  const perSource = new Map<string | null, number>();
  let undated = 0;
  for (const d of matches) {
    perSource.set(d.source, (perSource.get(d.source) ?? 0) + 1);
    if (!d.date) undated++;
    else
      perPeriod.set(periodOf(d.date, period), (perPeriod.get(periodOf(d.date, period)) ?? 0) + 1);
  }
  return { perPeriod, perSource, undated };
}

const aSource = docs.find((d) => d.source)!.source!;
const NO_FILTER: Filters = { source: '', from: '', to: '', sort: 'relevance' };
const CASES: [string, Partial<Filters>][] = [
  ['government', {}],
  ['oil prices', {}],
  ['minister bank election', {}],
  ['title:minister body:bank', {}],
  ['gov*', {}],
  ['+oil -prices', {}],
  ['-oil', {}],
  ['oil', { source: aSource }],
  ['minister bank', { from: '2019-03-01', to: '2019-09-30' }],
  ['gov* -oil', { source: aSource, from: '2018-01-01' }],
];

const recordFilter = (f: Filters) => (d: SearchDoc) =>
  (!f.source || d.source === f.source) &&
  (!(f.from || f.to) ||
    (d.date !== null &&
      (!f.from || d.date.slice(0, 10) >= f.from) &&
      (!f.to || d.date.slice(0, 10) <= f.to)));

for (const [q, partial] of CASES)
  test(`coverage of "${q}" ${JSON.stringify(partial)} equals the records' counts`, async () => {
    const filters = { ...NO_FILTER, ...partial };
    const hits = await filterHits(engine, await engine.search(q), filters);
    const expected = reference
      .search(q)
      .map((r) => byRef.get(r.ref)!)
      .filter(recordFilter(filters));
    assert.ok(expected.length > 0, 'the query finds something');
    assert.equal(hits.length, expected.length);
    for (const period of PERIODS) {
      const c = coverage(table, [hits.map((h) => h.doc)], period);
      const want = fromRecords(expected, period);
      const s = c.series[0]!;
      assert.deepEqual(
        new Map(c.bins.flatMap((b, i) => (s.counts[i]! > 0 ? [[b.key, s.counts[i]!]] : []))),
        want.perPeriod,
        period,
      );
      assert.equal(s.undated, want.undated);
      assert.deepEqual(
        new Map(topSources(s, engine.manifest.sources).map((r) => [r.source, r.count])),
        want.perSource,
      );
      // Bins run without gaps, each from its first day to the day before the next one's.
      for (let i = 1; i < c.bins.length; i++)
        assert.equal(dayNumber(c.bins[i]!.from), dayNumber(c.bins[i - 1]!.to)! + 1);
      // Per bin, the per-source counts add up to the bin's count.
      s.bySource.forEach((m, i) =>
        assert.equal(
          [...m.values()].reduce((a, b) => a + b, 0),
          s.counts[i],
        ),
      );
    }
  });

test('compared queries share the same periods; each keeps its own total', async () => {
  const [a, b] = await Promise.all(['oil', 'museum'].map((q) => engine.search(q)));
  const c = coverage(table, [a!.map((h) => h.doc), b!.map((h) => h.doc)], 'month');
  assert.equal(c.series.length, 2);
  assert.deepEqual(
    c.series.map((s) => s.total),
    [a!.length, b!.length],
  );
  for (const s of c.series) assert.equal(s.counts.length, c.bins.length);
  const t = timelineTable(c, ['oil', 'museum'], engine.manifest.sources);
  assert.deepEqual(t.header, ['month', 'oil', 'museum']);
  assert.equal(t.rows.at(-1)![0], 'undated');
});

test('by source: the columns add up to each period’s count', async () => {
  const hits = await engine.search('government');
  const c = coverage(table, [hits.map((h) => h.doc)], 'year');
  const t = timelineTable(c, ['government'], engine.manifest.sources, true);
  t.rows.forEach((r, i) => {
    const sum = (r.slice(1) as number[]).reduce((a, b) => a + b, 0);
    assert.equal(sum, i < c.bins.length ? c.series[0]!.counts[i] : c.series[0]!.undated);
  });
});

test('periods: weeks start on Monday, months and years on their first day, in UTC', () => {
  const day = (iso: string) => dayNumber(iso)!;
  assert.equal(isoDay(periodStart(day('2020-02-19'), 'week')), '2020-02-17');
  assert.equal(isoDay(periodStart(day('2020-02-17'), 'week')), '2020-02-17');
  assert.equal(isoDay(periodStart(day('2020-02-16'), 'week')), '2020-02-10');
  assert.equal(isoDay(periodStart(day('1969-12-31'), 'week')), '1969-12-29');
  assert.equal(isoDay(periodStart(day('2020-02-29'), 'month')), '2020-02-01');
  assert.equal(isoDay(periodStart(day('2020-12-31'), 'year')), '2020-01-01');
  assert.equal(choosePeriod(day('2020-01-01'), day('2020-03-01')), 'day');
  assert.equal(choosePeriod(day('2020-01-01'), day('2021-01-01')), 'week');
  assert.equal(choosePeriod(day('2010-01-01'), day('2020-01-01')), 'month');
  assert.equal(choosePeriod(day('1990-01-01'), day('2020-01-01')), 'year');
  const none = coverage({ days: [null], sources: [-1] }, [[0]]);
  assert.deepEqual([none.bins, none.series[0]!.undated], [[], 1]);
});
