// The archive over time: articles per month, empty months kept, split by the largest sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthlyChart, NO_SOURCE, OTHER_SOURCES } from '../../src/site/chart.ts';

test('months run evenly from the first dated one to the last, empty ones at zero', () => {
  const c = monthlyChart([
    { date: '2019-11-03', source: 'A' },
    { date: '2020-02-17T08:43', source: 'A' },
    { date: '2020-02-18', source: 'B' },
    { date: null, source: 'A' },
  ])!;
  assert.deepEqual(
    c.bars.map((b) => [b.month, b.total]),
    [
      ['2019-11', 1],
      ['2019-12', 0],
      ['2020-01', 0],
      ['2020-02', 2],
    ],
  );
  assert.deepEqual(c.series, ['A', 'B']);
  assert.deepEqual(c.bars[3]!.counts, [1, 1]);
  assert.equal(c.max, 2);
});

test('beyond five sources the rest are "Other"; articles naming none are apart', () => {
  const items = ['A', 'A', 'A', 'B', 'B', 'C', 'D', 'E', 'F', 'G', null].map((source) => ({
    date: '2020-01-05',
    source,
  }));
  const c = monthlyChart(items)!;
  assert.deepEqual(c.series, ['A', 'B', 'C', 'D', 'E', OTHER_SOURCES, NO_SOURCE]);
  assert.deepEqual(c.bars[0]!.counts, [3, 2, 1, 1, 1, 2, 1]);
});

test('no dated article, no chart', () => {
  assert.equal(monthlyChart([{ date: null, source: 'A' }]), null);
});
