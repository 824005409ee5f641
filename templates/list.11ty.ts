// An archive listing (a year, month, day, source, tag, or the undated articles), one page of
// it: a calendar on the first page of a year or month, the articles, links to the other pages.
import type { ListPage } from '../src/site/archives.ts';
import type { ArticleEntry } from '../src/site/data.ts';
import { html } from '../src/site/html.ts';
import { articleList } from './_includes/views/article-list.ts';
import { calendar } from './_includes/views/calendar.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { pagination } from './_includes/views/pagination.ts';
import { viewOf, type PageData } from './_includes/views/view.ts';

export const data = {
  pagination: { data: 'part.lists', size: 1, alias: 'list' },
  permalink: (d: { list: ListPage<ArticleEntry> }) => `/${d.list.url}`,
  eleventyExcludeFromCollections: true,
};

export function render(data: PageData & { list: ListPage<ArticleEntry> }): string {
  const v = viewOf(data);
  const list = data.list;
  const cal =
    list.calendar &&
    list.pagination.number === 1 &&
    html`
<nav aria-label="${list.kind === 'year' ? 'Months' : 'Days'}">
${calendar(v, list.calendar, list.kind)}
</nav>`;
  const main = html`<h1>${list.title}</h1>${cal}
${articleList(v, list.items, true)}
${pagination(v, list.pagination)}`;
  return pageFrame(
    v,
    { title: list.title, description: `Articles: ${list.title}`, canonical: list.url },
    main,
  ).markup;
}
