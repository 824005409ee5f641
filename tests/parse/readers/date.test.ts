// Date phrases of every shape the parser reads, and ones it must not read. Every format the
// reader has is shown winning here: no pattern is shadowed by another that reads less.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDate, dateLine, FORMATS } from '../../../src/parse/readers/date.ts';

/** Printed → ISO as printed, and the format that reads it. */
const CASES: [string, string, (typeof FORMATS)[number]][] = [
  ['2016-03-29T16:27:03', '2016-03-29T16:27:03', "yyyy-MM-dd'T'HH:mm:ss"],
  ['Published: 2016-03-29T16:27', '2016-03-29T16:27', "yyyy-MM-dd'T'HH:mm"],
  ['2016-03-29 16:27:03', '2016-03-29T16:27:03', 'yyyy-MM-dd HH:mm:ss'],
  ['2016-03-29 16:27 UTC', '2016-03-29T16:27', 'yyyy-MM-dd HH:mm'],
  ['date: 2020-02-17', '2020-02-17', 'yyyy-MM-dd'],
  ['Monday 17 February 2020 - 08:43', '2020-02-17T08:43', 'd MMMM yyyy HH:mm'],
  ['17th February 2020', '2020-02-17', 'd MMMM yyyy'],
  ['Thu 3 Jan 2019 02.00 EST', '2019-01-03T02:00', 'd MMMM yyyy HH:mm'],
  ['20 Nov 2019', '2019-11-20', 'd MMMM yyyy'],
  ['November 20, 2019 11:28:05', '2019-11-20T11:28:05', 'MMMM d yyyy HH:mm:ss'],
  ['November 20, 2019 - 11:28', '2019-11-20T11:28', 'MMMM d yyyy HH:mm'],
  ['November 19, 2019 | 4:20am | Updated', '2019-11-19T04:20', 'MMMM d yyyy h:mm a'],
  ['By JEFFREY GETTLEMAN JANUARY 13, 2017', '2017-01-13', 'MMMM d yyyy'],
  ['Tue Mar 29, 2016 16:27:03', '2016-03-29T16:27:03', 'MMMM d yyyy HH:mm:ss'],
  ['Sept. 3, 2012 16:27', '2012-09-03T16:27', 'MMMM d yyyy HH:mm'],
  ['Nov. 20, 2019, 9:28 AM UTC', '2019-11-20T09:28', 'MMMM d yyyy h:mm a'],
  ['Jun 7, 2023', '2023-06-07', 'MMMM d yyyy'],
  ['Le Monde | 04.05.2015 à 13h36', '2015-05-04T13:36', 'dd.MM.yyyy HH:mm'],
  ['08.04.2015', '2015-04-08', 'dd.MM.yyyy'],
  ['PUBLISHED: 12:01 GMT, 1 March 2013', '2013-03-01T12:01', 'HH:mm d MMMM yyyy'],
];

test('printed dates read as printed, each format winning where it is the fullest reading', () => {
  for (const [text, iso, format] of CASES) {
    const d = findDate(text);
    assert.equal(d?.iso, iso, text);
    assert.equal(d?.format, format, text);
  }
  const shown = new Set(CASES.map(([, , f]) => f));
  assert.deepEqual(
    FORMATS.filter((f) => !shown.has(f)),
    [],
    'every format has a case',
  );
});

test('of two dates printed apart, the first; of two readings of one, the fuller', () => {
  const d = findDate('Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST');
  assert.equal(d?.iso, '2019-01-03T02:00');
  assert.equal(findDate('12:15 EST, 22 February 2014')?.text, '12:15 EST, 22 February 2014');
  assert.equal(dateLine('Updated 08:43 18 February 2020')?.iso, '2020-02-18');
});

test('no year, no date; an impossible date is none', () => {
  for (const text of [
    'March 18 at 3:57 PM',
    '8h',
    'před 2 hodinami',
    'Feb 18 (Reuters) -',
    '2020-02-30',
    '31 April 2020',
    '1 January 1850',
  ])
    assert.equal(findDate(text), null, text);
});
