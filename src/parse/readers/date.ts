// Reading a printed date into an ISO string with date-fns. Never guesses: no year, no date.
// Dates are wall-clock times as printed: date-fns works on UTCDate here, so the process's time
// zone never moves one (a day skipped or an hour repeated by a local clock change).
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { memoize } from '../memo.ts';
import { MONTH, TIME, WEEKDAY } from '../vocabulary.ts';

const FOUR_DIGITS = /\d{4}/;

/** The parts of a cleaned date phrase that decide which formats may read it. */
const CLOCK_TIME = /\d:\d{2}/;

const CLOCK_SECONDS = /\d:\d{2}:\d{2}/;

const MERIDIEM = /[AP]M$/;

/** What a date phrase opens with: a year, a month name, `dd.`, a clock time. */
const DATE_LEADS = [/^\d{4}/, /^\p{L}/u, /^\d{1,2}\./, /^\d{1,2}:/];

/** Years outside these are no news date (a number that looks like a year). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** A phrase that may be a date; FORMATS below decide. */
const DATE_PHRASES = [
  // Monday 17 February 2020 - 08:43 / 17 February 2020 / Thu 3 Jan 2019 02.00 EST
  new RegExp(
    `(?:${WEEKDAY},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})\\.?,?\\s+\\d{4}(?:\\s*(?:-|,|at|\\|)?\\s*${TIME})?`,
    'i',
  ),
  // Tue Mar 29, 2016 16:27:03 / November 20, 2019 - 11:28 / Nov. 20, 2019, 9:28 AM
  new RegExp(
    `(?:${WEEKDAY},?\\s+)?(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?:\\s*(?:-|,|at|\\|)?\\s*${TIME})?`,
    'i',
  ),
  // 12:01 GMT, 1 March 2013 (Daily Mail)
  new RegExp(`${TIME}\\s+[A-Z]{2,4},\\s+\\d{1,2}\\s+(?:${MONTH})\\s+\\d{4}`, 'i'),
  // 2020-02-17, 2016-03-29T16:27:03
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b/,
  // 04.05.2015 à 13h36, 08.04.2015 12:46
  new RegExp(`\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:\\s+(?:à\\s+)?${TIME})?`),
];

/** The same, to find every phrase of a line, not only the first. */
const DATE_PHRASES_ALL = DATE_PHRASES.map((re) => new RegExp(re.source, `${re.flags}g`));

/** Steps that bring a date phrase to the shapes date-fns formats read, in order. */
const DATE_CLEANUP = [
  [/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+/i, ''], // weekday
  [/(\d)(?:st|nd|rd|th)\b/g, '$1'], // ordinal suffix
  [/\b([A-Za-z]{3,})\./g, '$1'], // `Nov.`
  [/\bSept\b/i, 'Sep'],
  [/(\d{1,2})h(\d{2})/g, '$1:$2'], // `13h36`
  [/(\d{1,2})\.(\d{2})(?!\.\d)(?=\s|$)/g, '$1:$2'], // `02.00`
  [/(\d)([ap]\.?m\b)/gi, '$1 $2'], // `4:20am`
  [/\b([ap])\.?m\.?(?=\s|$)/gi, (_m: string, a: string) => `${a.toUpperCase()}M`],
  [/\s+(?:à|at)\s+/g, ' '],
  [/\s*[,|]\s*|\s+-\s+/g, ' '], // separators
  [/\s+(?![AP]M$)[A-Z]{2,4}$/, ''], // a time zone, not AM/PM
  [/^(\d{1,2}:\d{2}) [A-Z]{2,4} /, '$1 '], // `12:01 GMT, 1 March 2013`
  [/\s+/g, ' '],
] as ReadonlyArray<readonly [RegExp, string | ((m: string, a: string) => string)]>;

const NON_LETTER_RUN = /[^\p{L}]+/gu;

/** Words that may stand beside a date on a date line without making it prose. */
const DATE_LINE_FILLER =
  /\b(?:published|posted|updated|last|modified|on|at|am|pm|a\.m\.|p\.m\.|mis|à|jour|le|[A-Z]{2,4}|\|)\b/gi;

/** The shapes date-fns reads a cleaned phrase in (tests/parse/readers/date.test.ts shows each one
 * win). `MMMM` reads `Nov` as well as `November`: there is no `MMM` format to be shadowed by it. */
export const FORMATS = [
  "yyyy-MM-dd'T'HH:mm:ss",
  "yyyy-MM-dd'T'HH:mm",
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd HH:mm',
  'yyyy-MM-dd',
  'd MMMM yyyy HH:mm',
  'd MMMM yyyy',
  'MMMM d yyyy HH:mm:ss',
  'MMMM d yyyy HH:mm',
  'MMMM d yyyy h:mm a',
  'MMMM d yyyy',
  'dd.MM.yyyy HH:mm',
  'dd.MM.yyyy',
  'HH:mm d MMMM yyyy',
] as const;

/** Which parts a date has beyond the day (a clock time, seconds, AM/PM) and what it opens with. */
function shapeOf(s: string): string {
  return [CLOCK_TIME, CLOCK_SECONDS, MERIDIEM, ...DATE_LEADS]
    .map((re) => (re.test(s) ? '1' : '0'))
    .join('');
}

/** Each format's shape, read off an example date printed in it. */
const FORMAT_SHAPES = new Map<string, string>(
  FORMATS.map((f) => [f, shapeOf(format(new UTCDate(2001, 10, 22, 13, 14, 15), f))]),
);

/** Normalises a date phrase to the shapes FORMATS knows (steps in DATE_CLEANUP). */
function clean(phrase: string): string {
  return DATE_CLEANUP.reduce(
    // Two calls: TypeScript picks replace()'s overload by the replacement's type.
    (s, [re, to]) => (typeof to === 'string' ? s.replace(re, to) : s.replace(re, to)),
    phrase,
  ).trim();
}

/** `d` is a UTCDate: its getters read the wall clock as parsed. */
function toIso(d: Date, withTime: boolean, withSeconds: boolean): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  if (!withTime) return day;
  const t = `${p(d.getHours())}:${p(d.getMinutes())}`;
  return `${day}T${t}${withSeconds ? `:${p(d.getSeconds())}` : ''}`;
}

export interface FoundDate {
  iso: string;
  /** The words the date was read from. */
  text: string;
  /** The date-fns format that read it. */
  format: string;
}

/** A phrase one of the patterns found, where it stands in the line. */
interface Phrase {
  text: string;
  start: number;
  end: number;
}

/** Reads one phrase with the formats of its shape, or null. */
function read(phrase: string): Omit<FoundDate, 'text'> | null {
  const cleaned = clean(phrase);
  const shape = shapeOf(cleaned);
  for (const fmt of FORMATS) {
    // Only formats of the phrase's shape can read it; date-fns parse is costly to fail.
    if (FORMAT_SHAPES.get(fmt) !== shape) continue;
    const d = parse(cleaned, fmt, new UTCDate(2000, 0, 1));
    if (!isValid(d) || d.getFullYear() < MIN_YEAR || d.getFullYear() > MAX_YEAR) continue;
    return { iso: toIso(d, fmt.includes('mm'), fmt.includes('ss')), format: fmt };
  }
  return null;
}

/** Every phrase any pattern finds in the line, in order of where they start. */
function phrases(line: string): Phrase[] {
  const found: Phrase[] = [];
  for (const re of DATE_PHRASES_ALL)
    for (const m of line.matchAll(re)) {
      const text = m[0].trim();
      const start = m.index + m[0].indexOf(text);
      found.push({ text, start, end: start + text.length });
    }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The first date a line prints that date-fns can read. Where several patterns read the same
 * words (`12:01 GMT, 1 March 2013` holds `1 March 2013`), the fullest reading wins: one with a
 * clock time, then the longer; so no pattern can shadow another. Of dates printed apart
 * (published, then updated), the first wins.
 * @example findDate('PUBLISHED: 12:01 GMT, 1 March 2013') // { iso: '2013-03-01T12:01', … }
 */
export const findDate = memoize(readFirstDate);

function readFirstDate(line: string): FoundDate | null {
  // Every date we read has a four-digit year; most lines have none, so stop early.
  if (!FOUR_DIGITS.test(line)) return null;
  const all = phrases(line);
  for (let i = 0; i < all.length;) {
    // The phrases overlapping the first one are readings of the same words.
    let end = all[i]!.end;
    let j = i + 1;
    while (j < all.length && all[j]!.start < end) end = Math.max(end, all[j++]!.end);
    let best: FoundDate | null = null;
    for (const p of all.slice(i, j)) {
      const r = read(p.text);
      if (r && (best === null || fuller({ ...r, text: p.text }, best)))
        best = { ...r, text: p.text };
    }
    if (best) return best;
    i = j;
  }
  return null;
}

/** Does reading `a` say more than `b`: a time where `b` has none, or else more words? */
function fuller(a: FoundDate, b: FoundDate): boolean {
  const time = (d: FoundDate) => (d.iso.length > 10 ? 1 : 0);
  if (time(a) !== time(b)) return time(a) > time(b);
  return a.text.length > b.text.length;
}

/** A line that is a date and little else (labels such as "Published", a time zone). */
export const dateLine = memoize(readDateLine);

function readDateLine(line: string): FoundDate | null {
  const found = findDate(line);
  if (!found) return null;
  const rest = line.replace(found.text, ' ').replace(DATE_LINE_FILLER, ' ');
  return rest.replace(NON_LETTER_RUN, ' ').trim().split(' ').filter(Boolean).length <= 2
    ? found
    : null;
}
