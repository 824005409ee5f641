// An archive listing (a year, month, day, source, tag, or the undated articles), one page of
// it. A date page says where it sits (year › month › day), links to the nearest older and
// newer period with articles, and shows its calendar on every page; then the articles, and
// links to the listing's other pages.
import type { ListPage, PeriodNav } from '../src/site/archives.ts';
import type { ArticleEntry } from '../src/site/data.ts';
import { html, type Html } from '../src/site/html.ts';
import { articleList } from './_includes/views/article-list.ts';
import { monthCalendar, yearCalendar } from './_includes/views/calendar.ts';
import { monthChart } from './_includes/views/month-chart.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { pagination } from './_includes/views/pagination.ts';
import { viewOf, type PageData, type View } from './_includes/views/view.ts';

export const data = {
  pagination: { data: 'part.lists', size: 1, alias: 'list' },
  permalink: (d: { list: ListPage<ArticleEntry> }) => `/${d.list.url}`,
  eleventyExcludeFromCollections: true,
};

function crumbs(v: View, nav: PeriodNav, title: string): Html {
  const all = [{ label: 'Archive', url: 'archive/' }, ...nav.crumbs];
  return html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${all.map(
    (c) => html`<li><a href="${v.href(c.url)}">${c.label}</a></li>`,
  )}<li aria-current="page">${title}</li></ol></nav>`;
}

function periods(v: View, nav: PeriodNav, kind: string): Html | null {
  if (!nav.older && !nav.newer) return null;
  return html`
<nav class="periods" aria-label="Other ${kind}s">${
    nav.older &&
    html`<a rel="prev" href="${v.href(nav.older.url)}"><span class="dir">← Older</span> ${nav.older.label}</a>`
  }${nav.newer && html`<a rel="next" href="${v.href(nav.newer.url)}"><span class="dir">Newer →</span> ${nav.newer.label}</a>`}</nav>`;
}

export function render(data: PageData & { list: ListPage<ArticleEntry> }): string {
  const v = viewOf(data);
  const list = data.list;
  const nav = list.nav;
  const name = list.title.replace(/ \(page \d+ of \d+\)$/, '');
  const cal =
    list.calendar &&
    html`
<nav aria-label="Months">
${yearCalendar(v, list.calendar)}
</nav>`;
  const grid =
    nav?.grid &&
    html`
<nav aria-label="Days">
${monthCalendar(v, nav.grid, name, (date) => `${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/`)}
</nav>`;
  const chart = nav?.chart && monthChart(v, nav.chart, 'year-chart');
  const main = html`${nav && crumbs(v, nav, name)}<h1>${list.title}</h1>${chart}${cal}${grid}${nav && periods(v, nav, list.kind)}
${articleList(v, list.items, true)}
${pagination(v, list.pagination)}`;
  return pageFrame(
    v,
    { title: list.title, description: `Articles: ${list.title}`, canonical: list.url },
    main,
  ).markup;
}
