// A month as a calendar of weeks: Monday first, blanks around the month, counts on their days.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthGrid } from '../../src/site/calendar.ts';
import { dateWords } from '../../src/site/dates.ts';

test('February 2020 starts on a Saturday and takes five weeks', () => {
  const g = monthGrid(2020, 2, new Map([[17, 3]]));
  assert.deepEqual(
    dateWords('en').weekdays.map((w) => w.short),
    ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  );
  assert.equal(dateWords('en').weekdays[0]!.long, 'Monday');
  assert.equal(g.weeks.length, 5);
  assert.deepEqual(g.weeks[0]!.slice(0, 5), [null, null, null, null, null]);
  assert.deepEqual(g.weeks[0]![5], { day: 1, date: '2020-02-01', count: 0 });
  // The 17th was a Monday, with its three articles.
  assert.deepEqual(g.weeks[3]![0], { day: 17, date: '2020-02-17', count: 3 });
  // 29 days (a leap year), then blanks to the week's end.
  assert.equal(g.weeks.flat().filter((c) => c !== null).length, 29);
  assert.deepEqual(g.weeks[4]!.slice(6), [null]);
  assert.equal(g.weeks[4]![5]!.day, 29);
});

test('a month that starts on a Monday has no leading blank; every week has seven days', () => {
  const g = monthGrid(2024, 1, new Map());
  assert.equal(g.weeks[0]![0]!.date, '2024-01-01');
  assert.ok(g.weeks.every((w) => w.length === 7));
  assert.equal(monthGrid(2021, 2, new Map()).weeks.length, 4); // 1 Feb 2021 was a Monday
});

test('the grid never depends on the process time zone', () => {
  const before = process.env.TZ;
  process.env.TZ = 'Pacific/Kiritimati';
  try {
    assert.equal(monthGrid(2020, 2, new Map()).weeks[0]![5]!.date, '2020-02-01');
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
});
