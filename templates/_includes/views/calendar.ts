// The date archive's calendars: a year's twelve months with their article counts (an empty
// month quiet, no "0"), a month as a table of weeks (days with articles link to them and say
// how many), and a year as one compact row of the months that have articles.
import type { CalendarCell } from '../../../src/site/archives.ts';
import type { MonthGrid } from '../../../src/site/calendar.ts';
import { html, type Html } from '../../../src/site/html.ts';
import { plural } from '../../../src/site/words.ts';
import type { View } from './view.ts';

export function yearCalendar(v: View, cells: readonly CalendarCell[]): Html {
  return html`<ol class="calendar year">${cells.map(
    (c) => html`
  <li${c.url ? '' : html` class="empty"`}>${
    c.url
      ? html`<a href="${v.href(c.url)}"><span class="label">${c.label}</span> <span class="count">${plural(c.count, 'article')}</span></a>`
      : html`<span class="label">${c.label}</span>`
  }</li>`,
  )}
</ol>`;
}

export function monthCalendar(
  v: View,
  grid: MonthGrid,
  caption: string,
  dayUrl: (date: string) => string,
): Html {
  return html`<table class="month-calendar">
  <caption class="visually-hidden">${caption}</caption>
  <thead><tr>${v.dates.weekdays.map((w) => html`<th scope="col"><abbr title="${w.long}">${w.short}</abbr></th>`)}</tr></thead>
  <tbody>${grid.weeks.map(
    (week) => html`
    <tr>${week.map((d) =>
      d === null
        ? html`<td></td>`
        : d.count > 0
          ? html`<td class="has"><a href="${v.href(dayUrl(d.date))}" aria-label="${d.day}: ${plural(d.count, 'article')}"><span class="day">${d.day}</span> <span class="count">${d.count}</span></a></td>`
          : html`<td><span class="day">${d.day}</span></td>`,
    )}</tr>`,
  )}
  </tbody>
</table>`;
}

/** A year in one line: its months that have articles, with their counts. */
export function monthsRow(v: View, cells: readonly CalendarCell[]): Html {
  return html`<ul class="months-row">${cells
    .filter((c) => c.url)
    .map(
      (c) =>
        html`<li><a href="${v.href(c.url!)}">${c.label}</a> <span class="count">${c.count}</span></li>`,
    )}</ul>`;
}
