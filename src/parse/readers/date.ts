// Reading a printed date into an ISO string, in the languages of the news. Never guesses: no
// year, no date; a date that could be read two ways (`3/4/2015`) is not read. Month and weekday
// names are every locale's that date-fns ships (calendar-names.ts); a date is a wall-clock time
// as printed, checked on a UTCDate so the process's time zone never moves it.
import { UTCDate } from '@date-fns/utc';
import { memoize } from '../memo.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-names.ts';
import { isSolarYear, solarMonth, solarToIso } from './solar-hijri.ts';

export interface FoundDate {
  iso: string;
  /** The words the date was read from. */
  text: string;
  /** The shape that read it (see SHAPES). */
  shape: string;
}

/** Years outside these are no news date (a number that looks like a year). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** A two-digit year (`11.03.17`) is of this century. */
const CENTURY = 2000;

/** Month name (lowercase, no final full stop) → the months it names (more than one: ambiguous). */
const MONTHS = new Map<string, Set<number>>();
for (const [name, month] of MONTH_NAMES)
  MONTHS.set(name, (MONTHS.get(name) ?? new Set()).add(month));
// English spellings no locale abbreviates so.
MONTHS.set('sept', new Set([9]));
/** Hebrew prints a date's month with its preposition ב ("in") glued on: `12 במרץ 2023`. */
const HEBREW_IN = 'ב';
for (const [name, month, languages] of MONTH_NAMES)
  if (languages.split(' ').includes('he'))
    MONTHS.set(HEBREW_IN + name, (MONTHS.get(HEBREW_IN + name) ?? new Set()).add(month));

const WEEKDAYS = new Set(WEEKDAY_NAMES);

/** A word where a month name may stand, maybe abbreviated with a full stop. Whether it is one
 * is looked up in MONTHS: a pattern of a thousand names would be tried at every position. The
 * year after it may have digits glued on (`22 Dec 2016651`: a counter with no space between),
 * as the month name anchors the reading; a numeric date may not. */
const MONTH = '(?<![\\p{L}])(?<mon>\\p{L}[\\p{L}\\p{M}]*)\\.?(?![\\p{L}])';
/** A weekday just before a date (`Monday,`, `lundi`, `Thu`): taken into the date's words. */
const WEEKDAY_BEFORE = /(?<![\p{L}])(\p{L}[\p{L}\p{M}]*)\.?,?\s+$/u;
/** A weekday of two words (Hebrew `יום ראשון`, "day one"), before a date. */
const TWO_WORD_WEEKDAY_BEFORE = /(?<![\p{L}])(\p{L}[\p{L}\p{M}]*\s\p{L}[\p{L}\p{M}]*)\.?,?\s+$/u;
/** How far before a date a weekday is looked for. */
const WEEKDAY_CHARS = 24;
/** A day of the month with its ordinal mark (`3rd`, `1er`, `1º`, `3.`). */
const DAY = '(?<![\\d.])(?<d>\\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\\.?';
/** A clock time: `08:43`, `02.00`, `13h36`, `4:20 p.m.`, `16:27:03`. */
const TIME =
  '(?<H>\\d{1,2})[:.h時](?<M>\\d{2})分?(?::(?<S>\\d{2}))?(?:\\s*(?<ap>[ap])\\.?\\s?m\\b\\.?)?(?:\\s*(?:h|uhr)\\b)?';
/** What may stand between a date and its time: a separator or a word for "at". */
const AT =
  '(?:\\s*(?:[-–,|•·]|at|à|às|a las|a la|um|alle|alle ore|kl\\.?|klo|ob|om|o|saat|в)?\\s*)';
const THEN_TIME = `(?:${AT}${TIME})?`;
/** Between day, month and year: spaces, `de`/`del`/`of`, or a full stop, dash or slash. */
const SEP = '(?:\\s*[.\\-/]\\s*|,?\\s+(?:(?:de|del|of)\\s+)?)';

/** The shapes a printed date comes in, each named. */
const SHAPES: readonly (readonly [string, RegExp])[] = [
  // 2016-03-29T16:27:03, 2020-02-17 08:43
  [
    'iso',
    /(?<![\d])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<H>\d{2}):(?<M>\d{2})(?::(?<S>\d{2}))?)?(?!\d)/g,
  ],
  // Monday 17 February 2020 - 08:43, 30 avril 2015 à 07:19, 1 de diciembre de 2017, 21.dez.2018
  ['day month year', new RegExp(`${DAY}${SEP}${MONTH}${SEP}(?<y>\\d{4})${THEN_TIME}`, 'giu')],
  // Tue Mar 29, 2016 16:27:03, November 20, 2019 - 11:28, Nov. 20, 2019, 9:28 AM
  [
    'month day year',
    new RegExp(`${MONTH}\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})${THEN_TIME}`, 'giu'),
  ],
  // 2019. március 14. 10:30 (Hungarian, Lithuanian): the year, the month's name, the day
  [
    'year month day',
    new RegExp(
      `(?<![\\d.])(?<y>\\d{4})\\.?\\s+${MONTH}\\s+(?<d>\\d{1,2})\\.?(?![\\d.])${THEN_TIME}`,
      'giu',
    ),
  ],
  // November 20 15:23 2019 (a date split over two lines, the time between day and year)
  [
    'month day time year',
    new RegExp(
      `${MONTH}\\s*(?<d>\\d{1,2}),?\\s+(?<H>\\d{1,2}):(?<M>\\d{2})\\s+(?<y>\\d{4})(?!\\d)`,
      'giu',
    ),
  ],
  // 12:01 GMT, 1 March 2013 (the time and its zone first)
  [
    'time, day month year',
    new RegExp(
      `(?<H>\\d{1,2}):(?<M>\\d{2})\\s+[A-Z]{2,4},\\s+(?<d>\\d{1,2})\\s+${MONTH}\\s+(?<y>\\d{4})`,
      'gu',
    ),
  ],
  // 05:12 PM March 07, 2024, 12:01 GMT, March 1, 2013 (the time, maybe its zone, then the
  // month's name first, as American and Philippine outlets print it)
  [
    'time, month day year',
    new RegExp(
      `(?<![\\d:.])(?<H>\\d{1,2}):(?<M>\\d{2})(?:\\s*(?<ap>[apAP])\\.?\\s?[mM]\\b\\.?)?(?:\\s+[A-Z]{2,4})?,?\\s+${MONTH}\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})(?!\\d)`,
      'gu',
    ),
  ],
  // 04.05.2015 à 13h36, 08.04.2015 12:46, 11.03.17: day first, as everywhere dots separate;
  // Czech, Slovak, Hungarian and German print a space after the dots (`15. 4. 2024 06:00`,
  // `15.4. 2024`), then only with a year of four digits (`3. 4. 12` is a list's numbers)
  [
    'dotted',
    new RegExp(
      `(?<![\\d.])(?<d>\\d{1,2})\\.(?:(?<m>\\d{1,2})\\.(?<y>\\d{4}|\\d{2})|\\s?(?<m2>\\d{1,2})\\.\\s?(?<y4>\\d{4}))(?![\\d.])${THEN_TIME}`,
      'g',
    ),
  ],
  // 2/26/2015 7:11 AM, 14-03-2019 10:30: read only where the numbers decide the order (a part
  // over 12), or in the order of the text's language
  [
    'slashed',
    new RegExp(
      `(?<![\\d/-])(?<a>\\d{1,2})(?<s>[/-])(?<b>\\d{1,2})\\k<s>(?<y>\\d{4})(?![\\d/-])${THEN_TIME}`,
      'g',
    ),
  ],
  // 2015/02/26, 2019.03.04 08:40 (Korean, Chinese, Hungarian `2019. 03. 04.`): the year first,
  // then always the month
  [
    'year first',
    new RegExp(
      `(?<![\\d/.])(?<y>\\d{4})(?:/(?<m>\\d{1,2})/(?<d>\\d{1,2})|\\.\\s?(?<m2>\\d{1,2})\\.\\s?(?<d2>\\d{1,2})\\.?)(?![\\d/])${THEN_TIME}`,
      'g',
    ),
  ],
  // 2017年03月10日 08:40, 2017년 3월 10일
  [
    'east asian',
    /(?<y>\d{4})\s*[年년]\s*(?<m>\d{1,2})\s*[月월]\s*(?<d>\d{1,2})\s*[日일]?(?:\s*(?:[(（][^)）]{0,6}[)）])?\s*(?<H>\d{1,2})[:時시]\s*(?<M>\d{2})[分분]?(?::(?<S>\d{2}))?)?/g,
  ],
];

/** The shapes' names (tests/parse/readers/date.test.ts shows each one win). */
export const SHAPE_NAMES: readonly string[] = SHAPES.map(([name]) => name);

/** A line without one of these prints no date (most lines: a cheap test first). */
const MAY_HOLD_DATE = /\d{4}|\d\.\d{1,2}\.\d{2}(?!\d)|[年년]/;
/** Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width, …),
 * read as ASCII digits: the decimal digits of the Basic Multilingual Plane but ASCII's (one
 * UTF-16 unit each, so positions hold). */
const OTHER_DIGITS = /[^\P{Nd}0-9\u{10000}-\u{10ffff}]/gu;
const HAS_OTHER_DIGITS = /[^\P{Nd}0-9\u{10000}-\u{10ffff}]/u;
const DIGIT = /^\p{Nd}$/u;
/** A digit's value: Unicode writes each script's digits in a run of ten from zero (runs may
 * stand one after another, so counted modulo ten). */
const asciiDigit = (c: string) => {
  const code = c.charCodeAt(0);
  let zero = code;
  while (code - zero < 9 && DIGIT.test(String.fromCharCode(zero - 1))) zero--;
  return String((code - zero) % 10);
};

interface Reading {
  found: FoundDate;
  start: number;
  end: number;
  hasTime: boolean;
}

const two = (n: number) => String(n).padStart(2, '0');

/** `PressDecember` (a label glued to the month, as scrapers join inline text): `december`. */
const GLUED = /(?<=\p{Ll})(?=\p{Lu})/u;

/** A month's shortest name (`may`, `jan`), and the letters a name glued to one keeps before it. */
const MIN_GLUED_MONTH = 3;
const MIN_GLUED_HEAD = 2;
const ALL_CAPS = /^\p{Lu}+$/u;

/** The month of a matched word as printed: the word, the capitalised word glued to its end
 * (`PressDecember`), or in capitals the month name ending it (`GETTLEMANJAN`: a byline's
 * name run into `JAN. 13, 2017`). */
function monthTail(word: string): string {
  if (MONTHS.has(word.toLowerCase().normalize('NFC'))) return word;
  const tail = word.split(GLUED).at(-1)!;
  if (tail !== word || !ALL_CAPS.test(word)) return tail;
  for (let k = MIN_GLUED_HEAD; k <= word.length - MIN_GLUED_MONTH; k++)
    if (MONTHS.has(word.slice(k).toLowerCase())) return word.slice(k);
  return word;
}

/** The month word of a match, lower case. */
function monthWord(word: string): string {
  return monthTail(word).toLowerCase().normalize('NFC');
}

/** The ISO date the groups of a match give, or null when they name no real day and time. */
function toIso(shape: string, g: Record<string, string | undefined>): string | null {
  let y = Number(g.y ?? g.y4);
  if (g.y?.length === 2) y += CENTURY;
  const solar = g.mon !== undefined && isSolarYear(y) ? solarMonth(monthWord(g.mon)) : null;
  let m: number;
  let d: number;
  if (shape === 'slashed') {
    const [a, b] = [Number(g.a), Number(g.b)];
    if (a === b) [m, d] = [a, b];
    else if (a > 12 && b <= 12) [m, d] = [b, a];
    else if (b > 12 && a <= 12) [m, d] = [a, b];
    else return null; // 3/4/2015: March or April: not guessed
  } else if (solar !== null) {
    // `۲۵ بهمن ۱۳۹۸`: a day of the Solar Hijri calendar, kept as its Gregorian day.
    const iso = solarToIso(y, solar, Number(g.d));
    return iso === null ? null : withTime(iso, g);
  } else if (g.mon !== undefined) {
    const months = MONTHS.get(monthWord(g.mon));
    if (!months || months.size !== 1) return null; // a name two languages give two months
    m = [...months][0]!;
    d = Number(g.d);
  } else {
    m = Number(g.m ?? g.m2);
    d = Number(g.d ?? g.d2);
  }
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const day = new UTCDate(y, m - 1, d);
  if (day.getDate() !== d) return null; // 30 February
  return withTime(`${y}-${two(m)}-${two(d)}`, g);
}

/** The day with the clock time the groups print, or null when it is no time of day. */
function withTime(iso: string, g: Record<string, string | undefined>): string | null {
  if (g.H === undefined) return iso;
  let h = Number(g.H);
  const min = Number(g.M);
  if (g.ap) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (g.ap.toLowerCase() === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59 || (g.S !== undefined && Number(g.S) > 59)) return null;
  return `${iso}T${two(h)}:${two(min)}${g.S !== undefined ? `:${g.S}` : ''}`;
}

/** Every reading of every shape in the line, in order of where they start. */
function readings(line: string): Reading[] {
  const text = line.replace(OTHER_DIGITS, asciiDigit);
  const out: Reading[] = [];
  for (const [shape, re] of SHAPES)
    for (const m of text.matchAll(re)) {
      const iso = toIso(shape, m.groups ?? {});
      if (iso === null) continue;
      let from = m.index;
      const mon = m.groups?.mon;
      if (mon !== undefined && !MONTHS.has(mon.toLowerCase().normalize('NFC')))
        from += m[0].indexOf(mon) + mon.length - monthTail(mon).length; // glued label
      else if (mon !== undefined) {
        const ahead = line.slice(Math.max(0, from - WEEKDAY_CHARS), from);
        const before = [TWO_WORD_WEEKDAY_BEFORE.exec(ahead), WEEKDAY_BEFORE.exec(ahead)].find(
          (b) => b && WEEKDAYS.has(b[1]!.toLowerCase()),
        );
        if (before) from -= before[0].length;
      }
      const printed = line.slice(from, m.index + m[0].length).trim();
      const start = from + line.slice(from).indexOf(printed);
      out.push({
        found: { iso, text: printed, shape },
        start,
        end: start + printed.length,
        hasTime: iso.length > 10,
      });
    }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Does reading `a` say more than `b`: a time where `b` has none, or else more words? */
function fuller(a: Reading, b: Reading): boolean {
  if (a.hasTime !== b.hasTime) return a.hasTime;
  return a.end - a.start > b.end - b.start;
}

/**
 * The first date a line prints. Where several shapes read the same words (`12:01 GMT, 1 March
 * 2013` holds `1 March 2013`), the fullest reading wins: one with a clock time, then the longer;
 * so no shape can shadow another. Of dates printed apart (published, then updated), the first.
 * @example findDate('PUBLISHED: 12:01 GMT, 1 March 2013') // { iso: '2013-03-01T12:01', … }
 * @example findDate('Publié le 30 avril 2015 à 07:19') // { iso: '2015-04-30T07:19', … }
 */
export const findDate = memoize(readFirstDate);

function readFirstDate(line: string): FoundDate | null {
  if (
    !MAY_HOLD_DATE.test(line) &&
    !(HAS_OTHER_DIGITS.test(line) && MAY_HOLD_DATE.test(line.replace(OTHER_DIGITS, asciiDigit)))
  )
    return null;
  const all = readings(line);
  if (all.length === 0) return null;
  // The readings overlapping the first one are readings of the same words.
  let end = all[0]!.end;
  let best = all[0]!;
  for (const r of all.slice(1)) {
    if (r.start >= end) break;
    end = Math.max(end, r.end);
    if (fuller(r, best)) best = r;
  }
  return best.found;
}

/** Is `word` (any case, maybe with a final full stop) a month's name in some language? For a
 * day printed without its year (`2 maj`), which is no date but is still a date's words. */
export function isMonthName(word: string): boolean {
  return MONTHS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** A numeric date the line prints that could be read two ways (`3/4/2015`), to report. */
export function ambiguousDate(line: string): string | null {
  if (!line.includes('/')) return null; // most lines (hot path)
  const m = SHAPES.find(([s]) => s === 'slashed')![1];
  for (const x of line.matchAll(m)) {
    const [a, b] = [Number(x.groups!.a), Number(x.groups!.b)];
    if (a !== b && a <= 12 && b <= 12) return `${x.groups!.a}/${x.groups!.b}/${x.groups!.y}`;
  }
  return null;
}

/**
 * The first numeric date of the line read in the order a language writes it (`04/03/2019` is 4
 * March in Portuguese), for a date that reads two ways by its numbers alone.
 * @example orderedDate('Publicado 04/03/2019 08h40', 'day first') // { iso: '2019-03-04T08:40', … }
 */
export function orderedDate(line: string, order: 'day first' | 'month first'): FoundDate | null {
  const re = SHAPES.find(([s]) => s === 'slashed')![1];
  for (const m of line.matchAll(re)) {
    const { a, b, ...time } = m.groups!;
    const [d, mon] = order === 'day first' ? [a, b] : [b, a];
    const iso = toIso('numeric', { ...time, d, m: mon });
    if (iso) return { iso, text: m[0].trim(), shape: `slashed, ${order}` };
  }
  return null;
}

/** Words that may stand beside a date on a date line without making it prose: labels for
 * "published" and "updated" in several languages, "on", "at", time zones. */
const DATE_LINE_FILLER =
  /(?<![\p{L}])(?:published|posted|updated|last|modified|on|at|am|pm|a\.m\.|p\.m\.|mis|à|jour|le|publié|publicado|publicada|actualizado|atualizado|atualizada|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|publikováno|aktualizováno|опубликовано|обновлено|el|de|del|do|da|em|am|um|às|a las|alle|[A-Z]{2,4}|\|)(?![\p{L}])/giu;
const NON_LETTER_RUN = /[^\p{L}]+/gu;

/** A line that is a date and little else (labels such as "Published", a time zone). */
export const dateLine = memoize(readDateLine);

function readDateLine(line: string): FoundDate | null {
  const found = findDate(line);
  return found && printsOnly(line, found) ? found : null;
}

/** Does the line print the date and little else (labels, a time zone)? */
export function printsOnly(line: string, found: FoundDate): boolean {
  const rest = line.replace(found.text, ' ').replace(DATE_LINE_FILLER, ' ');
  return rest.replace(NON_LETTER_RUN, ' ').trim().split(' ').filter(Boolean).length <= 2;
}
