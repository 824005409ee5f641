// The whole archive at a glance: every year, in one row its months that have articles, with
// their counts (no grids of empty months).
import { html } from '../src/site/html.ts';
import { plural } from '../src/site/words.ts';
import { monthsRow } from './_includes/views/calendar.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { viewOf, type PageData } from './_includes/views/view.ts';

export const data = { permalink: '/archive/' };

export function render(data: PageData): string {
  const v = viewOf(data);
  const { site } = v;
  const main = html`<h1>Archive</h1>${site.years.map(
    (y) => html`
<section aria-labelledby="y${y.year}">
  <h2 id="y${y.year}"><a href="${v.href(y.url)}">${y.year}</a> <span class="count">${plural(y.count, 'article')}</span></h2>
  ${monthsRow(v, y.months)}
</section>`,
  )}${site.undated > 0 && html`<p><a href="${v.href('undated/')}">Undated articles</a> (${site.undated})</p>`}${
    site.articles.length === 0 && html`<p>The archive is empty.</p>`
  }`;
  return pageFrame(v, { title: 'Archive', canonical: 'archive/' }, main).markup;
}
