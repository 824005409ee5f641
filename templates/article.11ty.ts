// An article page: title, date, source, byline, dateline, tags, the body, previous/next, the
// source text; beside it the featured stories, the same day, the same source, related articles.
import { renderBody } from '../src/site/body.ts';
import type { ArticleEntry, Link } from '../src/site/data.ts';
import { displayDate, rfc3339 } from '../src/site/dates.ts';
import { html, raw, type Html } from '../src/site/html.ts';
import { newsArticleLd, scriptJson } from '../src/site/json-ld.ts';
import { featuredSidebar } from './_includes/views/featured-sidebar.ts';
import { linkList } from './_includes/views/link-list.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { sourceText } from './_includes/views/source-text.ts';
import { viewOf, type PageData, type View } from './_includes/views/view.ts';

export const data = {
  pagination: { data: 'part.articles', size: 1, alias: 'entry' },
  permalink: (d: { entry: ArticleEntry }) => `/${d.entry.url}`,
  eleventyExcludeFromCollections: true,
};

function meta(v: View, e: ArticleEntry): Html {
  const a = e.article;
  const date = a.date
    ? html`<time datetime="${a.date}"><a href="${v.href(e.dayUrl ?? '')}">${displayDate(a.date)}</a></time>`
    : html`<a href="${v.href('undated/')}">Undated</a>`;
  return html`<p class="meta">${date}${
    e.sourceLink && html` · <a href="${v.href(e.sourceLink.url)}">${e.sourceLink.name}</a>`
  }${a.byline && html` · <span class="byline">${a.byline}</span>`}</p>${
    a.dateline &&
    html`\n    <p class="meta">Dateline: <span class="dateline">${a.dateline}</span></p>`
  }${
    e.tagLinks.length > 0 &&
    html`\n    <p class="tags">Tags: ${e.tagLinks.map(
      (t, i) => html`${i > 0 && ', '}<a href="${v.href(t.url)}">${t.name}</a>`,
    )}</p>`
  }`;
}

/** The article's own language, where it is not the site's (the reader's browser and screen
 * reader then read it right). */
function lang(v: View, e: ArticleEntry): Html | null {
  const l = e.article.language;
  return l && l !== v.config.language ? html` lang="${l}"` : null;
}

function neighbour(v: View, rel: 'prev' | 'next', l: Link | null): Html | null {
  if (!l) return null;
  const text = rel === 'prev' ? `← ${l.title}` : `${l.title} →`;
  return html`\n    <a rel="${rel}" href="${v.href(l.url)}">${text}</a>`;
}

function sidebarLinks(v: View, id: string, heading: string, links: readonly Link[]): Html | null {
  if (links.length === 0) return null;
  return html`\n  <section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${linkList(v, links)}</section>`;
}

export function render(data: PageData & { entry: ArticleEntry }): string {
  const v = viewOf(data);
  const e = data.entry;
  const a = e.article;
  const head = html`${a.date && html`<meta property="article:published_time" content="${rfc3339(a.date, v.config.timeZone)}">\n`}<script type="application/ld+json">${raw(scriptJson(newsArticleLd(a, e.url, v.config)))}</script>`;
  const main = html`<div class="article-layout">
<article class="article"${lang(v, e)}>
  <header>
    <h1>${e.title}</h1>
    ${meta(v, e)}
  </header>
  <div class="body">
${raw(renderBody(a.body))}
  </div>
  <nav class="prev-next" aria-label="Previous and next article">${neighbour(v, 'prev', e.prev)}${neighbour(v, 'next', e.next)}
  </nav>
  ${sourceText(e)}
</article>
<aside class="sidebar" aria-label="More stories">
  ${featuredSidebar(v, e.featured)}${sidebarLinks(v, 'same-day-h', 'Same day', e.sameDay)}${
    e.sourceLink && sidebarLinks(v, 'same-source-h', `More from ${e.sourceLink.name}`, e.sameSource)
  }${sidebarLinks(v, 'related-h', 'Related articles', e.related)}
</aside>
</div>`;
  return pageFrame(
    v,
    { title: e.title, description: e.excerpt, canonical: e.url, ogType: 'article', head },
    main,
  ).markup;
}
