// Dates of the Solar Hijri calendar, which Iranian and Afghan outlets print (`۲۵ بهمن ۱۳۹۸`),
// read into the Gregorian date the record keeps. The month names and the calendar itself are
// the runtime's ICU data (Intl's `persian` calendar), not a hand list: the Iranian names, the
// Dari ones (`حمل`, `ثور`, …), the Pashto ones and the Latin spellings.
import { UTCDate } from '@date-fns/utc';

/** Years of this calendar a news date may have (1900–2100 in the Gregorian one). */
const MIN_SOLAR_YEAR = 1279;
const MAX_SOLAR_YEAR = 1479;

/** Locales whose names for the calendar's months are read. */
const LOCALES = ['fa', 'fa-AF', 'ps', 'en'];

/** Arabic letters a Persian word may be typed with, and marks a name may carry (`سنبلهٔ`). */
const ARABIC_YEH = /ي/g;
const ARABIC_KAF = /ك/g;
const MARKS = /\p{M}/gu;

const key = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFC')
    .replace(ARABIC_YEH, 'ی')
    .replace(ARABIC_KAF, 'ک')
    .replace(MARKS, '');

const persianParts = (locale: string) =>
  new Intl.DateTimeFormat(`${locale}-u-ca-persian`, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
const NUMERIC = persianParts('en');

/** The day, month and year of a Gregorian day in this calendar. */
function solarOf(day: Date): [number, number, number] {
  const parts = NUMERIC.formatToParts(day);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return [get('year'), get('month'), get('day')];
}

/** Month name (as `key` spells it) → its number, read from ICU in each locale. */
const MONTHS = new Map<string, number>();
for (const locale of LOCALES) {
  const names = new Intl.DateTimeFormat(`${locale}-u-ca-persian`, {
    month: 'long',
    timeZone: 'UTC',
  });
  // The 15th of each month of 1399 (which began on 20 March 2020): a day inside every month.
  for (let m = 1; m <= 12; m++) {
    const day = new Date(Date.UTC(2020, 2, 20 + (m - 1) * 30 + 14));
    const [, month] = solarOf(day);
    MONTHS.set(key(names.format(day)), month);
  }
}

/** The month a Solar Hijri month name names, or null. */
export function solarMonth(word: string): number | null {
  return MONTHS.get(key(word)) ?? null;
}

/** Is the year one of this calendar's news years? */
export const isSolarYear = (y: number) => y >= MIN_SOLAR_YEAR && y <= MAX_SOLAR_YEAR;

/**
 * The Gregorian `YYYY-MM-DD` of a Solar Hijri day, or null when the day does not exist (`31
 * Mehr`): its new year (Nowruz) falls on 19–22 March of year + 621, found by asking ICU.
 * @example solarToIso(1398, 11, 25) // '2020-02-14'
 */
export function solarToIso(y: number, m: number, d: number): string | null {
  if (!isSolarYear(y) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  let nowruz: Date | null = null;
  for (let day = 19; day <= 22 && nowruz === null; day++) {
    const candidate = new Date(Date.UTC(y + 621, 2, day));
    const [sy, sm, sd] = solarOf(candidate);
    if (sy === y && sm === 1 && sd === 1) nowruz = candidate;
  }
  if (nowruz === null) return null;
  const offset = (m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1;
  const day = new UTCDate(nowruz.getTime() + offset * 86_400_000);
  const [sy, sm, sd] = solarOf(day);
  if (sy !== y || sm !== m || sd !== d) return null; // a day past the month's end
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
}
