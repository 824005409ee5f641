// calendar-names.ts is what `npm run vocabulary` writes from date-fns's locales: never stale,
// never edited by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { calendarNamesSource } from '../../../scripts/lib/calendar-names.ts';
import { MONTH_NAMES } from '../../../src/parse/readers/calendar-names.ts';

test('the month and weekday names are those of the installed date-fns, as generated', async () => {
  assert.equal(
    readFileSync('src/parse/readers/calendar-names.ts', 'utf8'),
    await calendarNamesSource(),
  );
});

test('the names hold the months of the languages of the news', () => {
  const month = (name: string) => MONTH_NAMES.filter(([n]) => n === name).map(([, m]) => m);
  for (const [name, m] of [
    ['avril', 4],
    ['diciembre', 12],
    ['dezembro', 12],
    ['märz', 3],
    ['февраля', 2],
    ['ekim', 10],
    ['فبراير', 2],
    ['září', 9],
  ] as const)
    assert.deepEqual(month(name), [m], name);
});
