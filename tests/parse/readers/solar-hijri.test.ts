// The Solar Hijri calendar: its month names from ICU, and its days as Gregorian ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { solarMonth, solarToIso } from '../../../src/parse/readers/solar-hijri.ts';

test('month names of Iran, Afghanistan (Dari, Pashto) and in Latin letters', () => {
  assert.equal(solarMonth('فروردین'), 1);
  assert.equal(solarMonth('بهمن'), 11);
  assert.equal(solarMonth('حمل'), 1);
  assert.equal(solarMonth('سنبله'), 6); // printed without the mark ICU gives it
  assert.equal(solarMonth('Esfand'), 12);
  assert.equal(solarMonth('دي'), 10); // typed with the Arabic yeh
  assert.equal(solarMonth('March'), null);
});

test('days read as Gregorian days, across new year and leap years', () => {
  assert.equal(solarToIso(1398, 11, 25), '2020-02-14');
  assert.equal(solarToIso(1399, 1, 1), '2020-03-20');
  assert.equal(solarToIso(1399, 6, 31), '2020-09-21');
  assert.equal(solarToIso(1399, 12, 30), '2021-03-20'); // 1399 is a leap year
  assert.equal(solarToIso(1403, 12, 30), '2025-03-20');
});

test('days that do not exist, and years outside the news, are no date', () => {
  assert.equal(solarToIso(1398, 12, 30), null); // 1398 is not a leap year
  assert.equal(solarToIso(1399, 7, 31), null); // the second half's months have 30 days
  assert.equal(solarToIso(1399, 13, 1), null);
  assert.equal(solarToIso(2020, 1, 1), null);
});
