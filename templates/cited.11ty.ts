// Stories cited but not archived: every story the archive's articles list beside them (the
// outlets' featured and related stories) that the archive does not hold, newest first, with
// the articles that cite it. The gaps in a collection, to fill or to know about.
import type { CitedPage, CitedStory } from '../src/site/cited.ts';
import { html, type Html } from '../src/site/html.ts';
import { plural } from '../src/site/words.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { pagination } from './_includes/views/pagination.ts';
import { titlePhrase, viewOf, type PageData, type View } from './_includes/views/view.ts';

export const data = {
  pagination: { data: 'site.cited', size: 1, alias: 'cited' },
  permalink: (d: { cited: CitedPage }) => `/${d.cited.url}`,
  eleventyExcludeFromCollections: true,
};

/** Citing articles shown per story; the rest are counted. */
const SHOWN_CITING = 5;

function story(v: View, s: CitedStory): Html {
  const search = v.searchHref(titlePhrase(s.title));
  const more = s.citedBy.length - SHOWN_CITING;
  return html`
  <li>
    <span class="title">${s.title}</span>${s.date && html` <time datetime="${s.date}">${v.dates.date(s.date)}</time>`}
    <span class="meta">Cited by ${plural(s.citedBy.length, 'article')} · <a href="${search}">search the archive</a></span>
    <ul class="citing">${s.citedBy
      .slice(0, SHOWN_CITING)
      .map(
        (l) =>
          html`<li><a href="${v.href(l.url)}">${l.title}</a>${l.date && html` <time datetime="${l.date}">${v.dates.date(l.date)}</time>`}</li>`,
      )}${more > 0 && html`<li>and ${plural(more, 'more article')}</li>`}</ul>
  </li>`;
}

export function render(data: PageData & { cited: CitedPage }): string {
  const v = viewOf(data);
  const page = data.cited;
  const title =
    page.pagination.count > 1
      ? `Stories cited but not archived (page ${page.pagination.number} of ${page.pagination.count})`
      : 'Stories cited but not archived';
  const main = html`<h1>${title}</h1>
<p class="lead">${
    page.total === 0
      ? 'Every story the articles list beside them is in this archive.'
      : html`The archive’s articles list ${plural(page.total, 'story', 'stories')} beside them (as featured or related stories) that are not in this archive. Newest first, each with the articles that cite it.`
  }</p>${
    page.stories.length > 0 &&
    html`
<ol class="cited-list">${page.stories.map((s) => story(v, s))}
</ol>`
  }
${pagination(v, page.pagination)}`;
  return pageFrame(
    v,
    {
      title,
      description: 'Stories the archive’s articles cite that the archive does not hold.',
      canonical: page.url,
    },
    main,
  ).markup;
}
