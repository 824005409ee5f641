// Dates are stored as printed (ISO, no zone) and formatted only here, at render time. They are
// read as UTCDate, never in the process's time zone, so every TZ gives the same pages.
import { UTCDate, utc } from '@date-fns/utc';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { dateLocale } from './locale.ts';

const wallClock = (iso: string) => parseISO(iso, { in: utc });

const hasTime = (iso: string) => iso.length > 10;

/** Pages show the same dates many times (lists, sidebars): format each once, by the part of
 * the date the format shows (`key`: the whole, or the day of a format without the time). */
function memo(
  fn: (iso: string) => string,
  key: (iso: string) => string = (iso) => iso,
): (iso: string | null) => string {
  const cache = new Map<string, string>();
  return (iso) => {
    if (iso === null) return 'Undated';
    const k = key(iso);
    let s = cache.get(k);
    if (s === undefined) cache.set(k, (s = fn(iso)));
    return s;
  };
}

/** Dates are wall-clock times without a zone (model/validate.ts): the day is their start. */
const dayOf = (iso: string) => iso.slice(0, 10);

/** The site's one way of writing a date, in lists, sidebars and search results alike:
 * `17 February 2020` (`17 février 2020` in French: the order is the locale's `PPP` where it
 * has a day-month-year one, else this). */
const DATE_FORMAT = 'd MMMM yyyy';

/** How the site writes dates and month names in its language. */
export interface DateWords {
  /** `17 February 2020`. */
  date: (iso: string | null) => string;
  /** `17 February 2020, 08:43`, the time only where the text printed one (an article's head). */
  dateTime: (iso: string | null) => string;
  /** `February` for 2. */
  month: (month: number) => string;
  /** Weekday names from Monday: short (`Mon`) and full (`Monday`). */
  weekdays: { short: string; long: string }[];
}

/** 2024-01-01 was a Monday: the week from there names the weekdays in order. */
const A_MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

const byLanguage = new Map<string, DateWords>();

/** The date words of the site's `language` (BCP 47), by date-fns and its locale. */
export function dateWords(language: string): DateWords {
  let words = byLanguage.get(language);
  if (words) return words;
  const locale = dateLocale(language);
  const f = (iso: string, pattern: string) => format(wallClock(iso), pattern, { locale });
  words = {
    date: memo((iso) => f(iso, DATE_FORMAT), dayOf),
    dateTime: memo((iso) => f(iso, hasTime(iso) ? `${DATE_FORMAT}, HH:mm` : DATE_FORMAT)),
    month: (month) => format(new UTCDate(2000, month - 1, 1), 'LLLL', { locale }),
    weekdays: Array.from({ length: 7 }, (_, i) => {
      const d = new UTCDate(A_MONDAY + i * DAY_MS);
      return { short: format(d, 'EEE', { locale }), long: format(d, 'EEEE', { locale }) };
    }),
  };
  byLanguage.set(language, words);
  return words;
}

/** English dates, for tools outside a site (benchmarks). */
export const displayDate = (iso: string | null) => dateWords('en').date(iso);

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, string>();
/** Zones that are UTC whatever the day (no formatter asked). */
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Etc/UCT', 'UCT', 'Zulu']);

/** The UTC offset (`+01:00`) of `timeZone` at a wall-clock time, via Intl (no extra library). */
function offset(iso: string, timeZone: string): string {
  if (UTC_ZONES.has(timeZone)) return '+00:00';
  // Formatters are costly to ask (a sitemap asks for every article's date). A day whose first
  // and last second have one offset has it all day, and offsets change once a day at most:
  // asked twice a day, and by the hour only on a day the offset changes.
  const day = iso.slice(0, 10);
  const dayKey = `${timeZone} ${day}`;
  let whole = offsets.get(dayKey);
  if (whole === undefined) {
    const first = offsetAt(`${day}T00:00:00Z`, timeZone);
    whole = first === offsetAt(`${day}T23:59:59Z`, timeZone) ? first : '';
    offsets.set(dayKey, whole);
  }
  if (whole !== '') return whole;
  const key = `${timeZone} ${iso.slice(0, 13)}`;
  const known = offsets.get(key);
  if (known) return known;
  const time = hasTime(iso) ? iso.slice(11, 19).padEnd(8, ':00') : '12:00:00';
  const result = offsetAt(`${day}T${time}Z`, timeZone);
  offsets.set(key, result);
  return result;
}

/** The offset of `timeZone` at the instant `utc` (an ISO string ending in Z). */
function offsetAt(utc: string, timeZone: string): string {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, fmt);
  }
  const name = fmt.formatToParts(new Date(utc)).find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-]\d\d:\d\d)/.exec(name ?? '');
  return m ? m[1]! : '+00:00';
}

/** RFC 3339 for feeds and JSON-LD: the printed wall-clock time read in the configured zone. */
export function rfc3339(iso: string, timeZone: string): string {
  const wall = hasTime(iso)
    ? `${iso.slice(0, 19)}${iso.length === 16 ? ':00' : ''}`
    : `${iso}T00:00:00`;
  return `${wall}${offset(iso, timeZone)}`;
}
