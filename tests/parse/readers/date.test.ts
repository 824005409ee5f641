// Date phrases of every shape the reader knows, in the languages of the news, and ones it must
// not read. Every shape is shown winning here: none is shadowed by one that reads less.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ambiguousDate,
  dateLine,
  findDate,
  orderedDate,
  SHAPE_NAMES,
} from '../../../src/parse/readers/date.ts';

/** Printed → ISO as printed, and the shape that reads it. */
const CASES: [string, string, string][] = [
  ['2016-03-29T16:27:03', '2016-03-29T16:27:03', 'iso'],
  ['Published: 2016-03-29 16:27 UTC', '2016-03-29T16:27', 'iso'],
  ['date: 2020-02-17', '2020-02-17', 'iso'],
  ['Monday 17 February 2020 - 08:43', '2020-02-17T08:43', 'day month year'],
  ['17th February 2020', '2020-02-17', 'day month year'],
  ['Thu 3 Jan 2019 02.00 EST', '2019-01-03T02:00', 'day month year'],
  ['30 avril 2015 à 07:19', '2015-04-30T07:19', 'day month year'],
  ['Publié le lundi 4 mai 2015', '2015-05-04', 'day month year'],
  ['1 de diciembre de 2017', '2017-12-01', 'day month year'],
  ['21.dez.2018 às 12h55', '2018-12-21T12:55', 'day month year'],
  ['3. März 2020, 14:05 Uhr', '2020-03-03T14:05', 'day month year'],
  ['3 февраля 2020', '2020-02-03', 'day month year'],
  ['12 gennaio 2021', '2021-01-12', 'day month year'],
  ['Gepubliceerd op 4 maart 2019 om 08:40', '2019-03-04T08:40', 'day month year'],
  ['4 marzo 2019 alle ore 08:40', '2019-03-04T08:40', 'day month year'],
  ['14 Mart 2021 saat 08:40', '2021-03-14T08:40', 'day month year'],
  ['5 Ekim 2019', '2019-10-05', 'day month year'],
  ['17-Feb-2020', '2020-02-17', 'day month year'],
  ['November 20, 2019 11:28:05', '2019-11-20T11:28:05', 'month day year'],
  ['November 19, 2019 | 4:20am | Updated', '2019-11-19T04:20', 'month day year'],
  ['By JEFFREY GETTLEMAN JANUARY 13, 2017', '2017-01-13', 'month day year'],
  ['By JEFFREY GETTLEMANJAN. 13, 2017', '2017-01-13', 'month day year'],
  ['Tue Mar 29, 2016 16:27:03', '2016-03-29T16:27:03', 'month day year'],
  ['Sept. 3, 2012 16:27', '2012-09-03T16:27', 'month day year'],
  ['Nov. 20, 2019, 9:28 AM UTC', '2019-11-20T09:28', 'month day year'],
  ['PUBLISHED: 12:01 GMT, 1 March 2013', '2013-03-01T12:01', 'time, day month year'],
  ['November 20 15:23 2019', '2019-11-20T15:23', 'month day time year'],
  ['Le Monde | 04.05.2015 à 13h36', '2015-05-04T13:36', 'dotted'],
  ['08.04.2015', '2015-04-08', 'dotted'],
  ['11.03.17', '2017-03-11', 'dotted'],
  // Czech, Slovak, German: a space after the dots; the time after it is still the date's.
  ['15. 4. 2024 06:00', '2024-04-15T06:00', 'dotted'],
  ['Aktualizováno 15.4. 2024 8:41', '2024-04-15T08:41', 'dotted'],
  ['2024. 4. 15. 10:30', '2024-04-15T10:30', 'year first'],
  // The time first, then the month's name: the reading with the time wins over `March 07, 2024`.
  ['Sentinel / 05:12 PM March 07, 2024', '2024-03-07T17:12', 'time, month day year'],
  ['12:01 EST, March 1, 2013', '2013-03-01T12:01', 'time, month day year'],
  ['2/26/2015 7:11 AM PST', '2015-02-26T07:11', 'slashed'],
  ['26/02/2015', '2015-02-26', 'slashed'],
  ['14-03-2019 10:30', '2019-03-14T10:30', 'slashed'],
  ['2019. március 14. 10:30', '2019-03-14T10:30', 'year month day'],
  ['Posted on 2019 March 14', '2019-03-14', 'year month day'],
  ['2015/02/26', '2015-02-26', 'year first'],
  ['2019.03.04 08:40', '2019-03-04T08:40', 'year first'],
  ['2019. 03. 04.', '2019-03-04', 'year first'],
  ['2017年03月10日 08:40', '2017-03-10T08:40', 'east asian'],
  ['2017년 3월 10일', '2017-03-10', 'east asian'],
  ['2019年3月4日 8時40分', '2019-03-04T08:40', 'east asian'],
  ['١٧ فبراير ٢٠٢٠', '2020-02-17', 'day month year'],
  // Month names ending in a vowel sign (a mark) of Indic scripts, digits of their own, and
  // Devanagari printed without its nukta (`फरवरी` for date-fns's `फ़रवरी`).
  ['17 जनवरी 2020', '2020-01-17', 'day month year'],
  ['सोमवार, १७ फरवरी २०२०', '2020-02-17', 'day month year'],
  ['১৭ ফেব্রুয়ারি ২০২০', '2020-02-17', 'day month year'],
  ['17 பிப்ரவரி 2020', '2020-02-17', 'day month year'],
  ['๑๗ กุมภาพันธ์ ๒๐๒๐', '2020-02-17', 'day month year'],
  // Hebrew glues its preposition ב ("in") to the month.
  ['יום ראשון, 12 במרץ 2023, 14:05', '2023-03-12T14:05', 'day month year'],
  // The Solar Hijri calendar of Iranian and Afghan outlets, kept as the Gregorian day.
  ['۲۵ بهمن ۱۳۹۸ - ۱۰:۳۰', '2020-02-14T10:30', 'day month year'],
  ['۱۵ حمل ۱۴۰۰', '2021-04-04', 'day month year'],
];

test('printed dates read as printed, each shape winning where it is the fullest reading', () => {
  for (const [text, iso, shape] of CASES) {
    const d = findDate(text);
    assert.equal(d?.iso, iso, text);
    assert.equal(d?.shape, shape, text);
  }
  const shown = new Set(CASES.map(([, , s]) => s));
  assert.deepEqual(
    SHAPE_NAMES.filter((s) => !shown.has(s)),
    [],
    'every shape has a case',
  );
});

test('the weekday before a date is part of its words', () => {
  assert.equal(findDate('Monday, 17 February 2020')?.text, 'Monday, 17 February 2020');
  assert.equal(findDate('lundi 4 mai 2015')?.text, 'lundi 4 mai 2015');
  assert.equal(findDate('יום ראשון, 12 במרץ 2023')?.text, 'יום ראשון, 12 במרץ 2023');
});

test('of two dates printed apart, the first; of two readings of one, the fuller', () => {
  const d = findDate('Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST');
  assert.equal(d?.iso, '2019-01-03T02:00');
  assert.equal(findDate('12:15 EST, 22 February 2014')?.text, '12:15 EST, 22 February 2014');
  assert.equal(dateLine('Updated 08:43 18 February 2020')?.iso, '2020-02-18');
  assert.equal(dateLine('Publicado el 1 de diciembre de 2017')?.iso, '2017-12-01');
});

test('no year, no date; an impossible or ambiguous date is none, and the ambiguity is said', () => {
  for (const text of [
    'March 18 at 3:57 PM',
    '8h',
    'před 2 hodinami',
    'Feb 18 (Reuters) -',
    '2020-02-30',
    '31 April 2020',
    '1 January 1850',
    '3/4/2015',
    '17 listopad 2020', // October in Croatian, November in Czech and Polish
    'in 2015 the minister said',
    'kapitoly 3. 4. 12', // a list's numbers: a spaced date has a year of four digits
  ])
    assert.equal(findDate(text), null, text);
  assert.equal(ambiguousDate('Posted 3/4/2015 7:11 AM'), '3/4/2015');
  assert.equal(ambiguousDate('2/26/2015'), null);
});

test('a numeric date that reads two ways is read in the order a language writes it', () => {
  assert.equal(findDate('04/03/2019 08h40'), null);
  assert.equal(orderedDate('04/03/2019 08h40', 'day first')?.iso, '2019-03-04T08:40');
  assert.equal(orderedDate('04/03/2019', 'month first')?.iso, '2019-04-03');
  assert.equal(orderedDate('04/03/2019', 'day first')?.text, '04/03/2019');
  assert.equal(orderedDate('31/02/2019', 'day first'), null); // no such day: never rolled over
});
