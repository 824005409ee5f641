// Date phrases of every shape the parser reads, and ones it must not read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDate } from '../../src/parse/readers/date.ts';

test('printed dates read as printed', () => {
  const cases: [string, string][] = [
    ['Monday 17 February 2020 - 08:43', '2020-02-17T08:43'],
    ['Tue Mar 29, 2016 16:27:03', '2016-03-29T16:27:03'],
    ['Nov. 20, 2019, 9:28 AM UTC', '2019-11-20T09:28'],
    ['Jun 7, 2023, 8:54 PM UTC|', '2023-06-07T20:54'],
    ['November 19, 2019 | 4:20am | Updated', '2019-11-19T04:20'],
    ['Thu 3 Jan 2019 02.00 EST', '2019-01-03T02:00'],
    ['2016-03-29T16:27:03', '2016-03-29T16:27:03'],
    ['Le Monde | 04.05.2015 à 13h36', '2015-05-04T13:36'],
    ['By JEFFREY GETTLEMAN JAN. 13, 2017', '2017-01-13'],
  ];
  for (const [text, iso] of cases) assert.equal(findDate(text)?.iso, iso, text);
});

test('no year, no date', () => {
  for (const text of ['March 18 at 3:57 PM', '8h', 'před 2 hodinami', 'Feb 18 (Reuters) -'])
    assert.equal(findDate(text), null, text);
});
