// A month as a calendar of weeks (Monday first, as ISO 8601 counts them; the weekdays' names
// are DateWords.weekdays): each day with its number of articles, the days before the 1st and
// after the last left blank. Dates are built in UTC, never in the process's time zone.
import { UTCDate } from '@date-fns/utc';

export interface CalendarDay {
  day: number;
  /** `YYYY-MM-DD`. */
  date: string;
  count: number;
}

export interface MonthGrid {
  /** Weeks of seven cells; null before the 1st and after the last day. */
  weeks: (CalendarDay | null)[][];
}

/**
 * The weeks of `month` (1–12) of `year`, with `counts` of articles by day of the month.
 * @example monthGrid(2020, 2, new Map([[17, 3]])).weeks[2][0] // { day: 17, date: '2020-02-17', count: 3 }
 */
export function monthGrid(
  year: number,
  month: number,
  counts: ReadonlyMap<number, number>,
): MonthGrid {
  const days = new UTCDate(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: 0 is Sunday; Monday first makes it 6.
  const lead = (new UTCDate(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  const mm = String(month).padStart(2, '0');
  for (let day = 1; day <= days; day++)
    cells.push({
      day,
      date: `${year}-${mm}-${String(day).padStart(2, '0')}`,
      count: counts.get(day) ?? 0,
    });
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return { weeks };
}
