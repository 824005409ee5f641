// A calendar-like grid: the months of a year or the days of a month, with article counts.
import type { CalendarCell } from '../../../src/site/archives.ts';
import { html, type Html } from '../../../src/site/html.ts';
import { plural } from '../../../src/site/words.ts';
import type { View } from './view.ts';

export function calendar(v: View, cells: readonly CalendarCell[], kind: string): Html {
  return html`<ol class="calendar ${kind}">${cells.map(
    (c) => html`
  <li>${
    c.url
      ? html`<a href="${v.href(c.url)}"><span class="label">${c.label}</span> <span class="count">${plural(c.count, 'article')}</span></a>`
      : html`<span class="label">${c.label}</span> <span class="count empty">0</span>`
  }</li>`,
  )}
</ol>`;
}
