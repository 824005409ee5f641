// Reading a printed date into an ISO string with date-fns. Never guesses: no year, no date.
// Dates are wall-clock times as printed: date-fns works on UTCDate here, so the process's time
// zone never moves one (a day skipped or an hour repeated by a local clock change).
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { PATTERNS } from './patterns.ts';

const FORMATS = [
  "yyyy-MM-dd'T'HH:mm:ss",
  "yyyy-MM-dd'T'HH:mm",
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd HH:mm',
  'yyyy-MM-dd',
  'd MMMM yyyy HH:mm',
  'd MMMM yyyy',
  'd MMM yyyy HH:mm',
  'd MMM yyyy',
  'MMMM d yyyy HH:mm:ss',
  'MMMM d yyyy HH:mm',
  'MMMM d yyyy h:mm a',
  'MMMM d yyyy',
  'MMM d yyyy HH:mm:ss',
  'MMM d yyyy HH:mm',
  'MMM d yyyy h:mm a',
  'MMM d yyyy',
  'dd.MM.yyyy HH:mm',
  'dd.MM.yyyy',
  'HH:mm d MMMM yyyy',
] as const;

/** Which parts a date has beyond the day (a clock time, seconds, AM/PM) and what it opens with. */
function shapeOf(s: string): string {
  return [PATTERNS.clockTime, PATTERNS.clockSeconds, PATTERNS.meridiem, ...PATTERNS.dateLeads]
    .map((re) => (re.test(s) ? '1' : '0'))
    .join('');
}

/** Each format's shape, read off an example date printed in it. */
const FORMAT_SHAPES = new Map<string, string>(
  FORMATS.map((f) => [f, shapeOf(format(new UTCDate(2001, 10, 22, 13, 14, 15), f))]),
);

/** Normalises a date phrase to the shapes FORMATS knows (steps in PATTERNS.dateCleanup). */
function clean(phrase: string): string {
  return PATTERNS.dateCleanup
    .reduce(
      // Two calls: TypeScript picks replace()'s overload by the replacement's type.
      (s, [re, to]) => (typeof to === 'string' ? s.replace(re, to) : s.replace(re, to)),
      phrase,
    )
    .trim();
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
}

/** Finds the first date phrase in a line that date-fns can read. */
export function findDate(line: string): FoundDate | null {
  // Every date we read has a four-digit year; most lines have none, so stop early.
  if (!PATTERNS.fourDigits.test(line)) return null;
  for (const re of PATTERNS.datePhrases) {
    const m = re.exec(line);
    if (!m) continue;
    const phrase = clean(m[0]);
    const shape = shapeOf(phrase);
    for (const fmt of FORMATS) {
      // Only formats of the phrase's shape can read it; date-fns parse is costly to fail.
      if (FORMAT_SHAPES.get(fmt) !== shape) continue;
      const d = parse(phrase, fmt, new UTCDate(2000, 0, 1));
      if (!isValid(d) || d.getFullYear() < 1900 || d.getFullYear() > 2100) continue;
      return { iso: toIso(d, fmt.includes('mm'), fmt.includes('ss')), text: m[0].trim() };
    }
  }
  return null;
}

/** A line that is a date and little else (labels such as "Published", a time zone). */
export function dateLine(line: string): FoundDate | null {
  const found = findDate(line);
  if (!found) return null;
  const rest = line.replace(found.text, ' ').replace(PATTERNS.dateLineFiller, ' ');
  return rest.replace(PATTERNS.nonLetterRun, ' ').trim().split(' ').filter(Boolean).length <= 2
    ? found
    : null;
}
