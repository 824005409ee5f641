// An article page: the headline, where the text came from (outlet, byline, date, the original's
// address, the source text), tags, the body (its dateline marked where it opens it),
// previous/next, the source text; beside it the featured stories, the same day, the same
// source, related articles.
import { renderBody } from '../src/site/body.ts';
import type { ArticleEntry, Link } from '../src/site/data.ts';
import { rfc3339 } from '../src/site/dates.ts';
import { html, raw, type Html } from '../src/site/html.ts';
import { absoluteUrl } from '../src/site/urls.ts';
import { direction } from '../src/site/direction.ts';
import { newsArticleLd, scriptJson } from '../src/site/json-ld.ts';
import { featuredSidebar, FOLD_AFTER } from './_includes/views/featured-sidebar.ts';
import { linkList } from './_includes/views/link-list.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { sourceText } from './_includes/views/source-text.ts';
import { viewOf, type PageData, type View } from './_includes/views/view.ts';

export const data = {
  pagination: { data: 'part.articles', size: 1, alias: 'entry' },
  permalink: (d: { entry: ArticleEntry }) => `/${d.entry.url}`,
  eleventyExcludeFromCollections: true,
};

/** Where the text came from, in one line under the headline: the outlet, the byline, the
 * date as printed (with its time). */
function meta(v: View, e: ArticleEntry): Html {
  const a = e.article;
  const parts: Html[] = [];
  if (e.sourceLink)
    parts.push(html`<a class="source" href="${v.href(e.sourceLink.url)}">${e.sourceLink.name}</a>`);
  if (a.byline) parts.push(html`<span class="byline">By ${a.byline}</span>`);
  parts.push(
    a.date
      ? html`<time datetime="${a.date}"><a href="${v.href(e.dayUrl ?? '')}">${v.dates.dateTime(a.date)}</a></time>`
      : html`<span class="undated">No date in the text (<a href="${v.href('undated/')}">undated articles</a>)</span>`,
  );
  return html`<p class="meta">${parts.map((p, i) => html`${i > 0 && ' · '}${p}`)}</p>`;
}

/** The original's address when the text gave one, and the way to the text it was read from;
 * on paper, both addresses (a printed page can be traced back). */
function provenance(v: View, e: ArticleEntry): Html {
  const a = e.article;
  const host = a.url && new URL(a.url).hostname.replace(/^www\./, '');
  return html`<p class="provenance">${
    a.url &&
    html`<a class="original" href="${a.url}" rel="external noopener">Original article at ${host}</a> · `
  }<a href="#source-text">Source text</a> (<code>${a.sourceFile}</code>)</p>
    <p class="print-only">Archived at ${absoluteUrl(v.config, e.url)}${a.url && html` · original at ${a.url}`}</p>`;
}

function tags(v: View, e: ArticleEntry): Html | null {
  if (e.tagLinks.length === 0) return null;
  return html`\n    <p class="tags">Tags: ${e.tagLinks.map(
    (t, i) => html`${i > 0 && ', '}<a href="${v.href(t.url)}">${t.name}</a>`,
  )}</p>`;
}

/** The article's own language and direction, where they are not the site's (the reader's
 * browser and screen reader then read it right; Arabic runs right to left). */
function lang(v: View, e: ArticleEntry): Html | null {
  const l = e.article.language;
  if (!l || l === v.config.language) return null;
  const dir = direction(l);
  return html` lang="${l}"${dir !== direction(v.config.language) && html` dir="${dir}"`}`;
}

/** The article before and after this one in reading order, each with its word: `Older` and
 * `Newer` between dated articles, `Previous` and `Next` where one is undated. */
function neighbour(v: View, rel: 'prev' | 'next', l: Link | null, dated: boolean): Html | null {
  if (!l) return null;
  const byDate = dated && l.date !== null;
  const word = rel === 'prev' ? (byDate ? '← Older' : '← Previous') : byDate ? 'Newer →' : 'Next →';
  return html`\n    <a rel="${rel}" href="${v.href(l.url)}"><span class="dir">${word}</span> <span class="title">${l.title}</span></a>`;
}

function sidebarLinks(v: View, id: string, heading: string, links: readonly Link[]): Html | null {
  if (links.length === 0) return null;
  return html`\n  <section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${linkList(v, links)}</section>`;
}

/** Rough heights on a desktop, in pixels, to tell whether the sidebar would run far below
 * the article: a line of text holds about 75 characters of 27 px; a sidebar entry is about
 * 56 px, a section's heading and padding 80 px. */
const TEXT_LINE_CHARS = 75;
const TEXT_LINE_PX = 27;
const SIDEBAR_ENTRY_PX = 56;
const SIDEBAR_SECTION_PX = 80;
/** A sidebar this much taller than the article goes below it (no tall empty column). */
const MAX_SIDEBAR_RATIO = 1.3;

function sidebarBelow(e: ArticleEntry): boolean {
  const chars = e.article.body.reduce((n, b) => n + b.text.length, 0);
  const articlePx = 300 + (chars / TEXT_LINE_CHARS) * TEXT_LINE_PX;
  const lists = [e.featured.slice(0, FOLD_AFTER), e.sameDay, e.sameSource, e.related].filter(
    (l) => l.length > 0,
  );
  const entries = lists.reduce((n, l) => n + l.length, 0);
  const sidebarPx = entries * SIDEBAR_ENTRY_PX + lists.length * SIDEBAR_SECTION_PX;
  return sidebarPx > MAX_SIDEBAR_RATIO * articlePx;
}

export function render(data: PageData & { entry: ArticleEntry }): string {
  const v = viewOf(data);
  const e = data.entry;
  const a = e.article;
  const head = html`${a.date && html`<meta property="article:published_time" content="${rfc3339(a.date, v.config.timeZone)}">\n`}<script type="application/ld+json">${raw(scriptJson(newsArticleLd(a, e.url, v.config)))}</script>`;
  const main = html`<div class="article-layout${sidebarBelow(e) ? ' sidebar-below' : ''}">
<article class="article"${lang(v, e)}>
  <header>
    <h1>${e.title}</h1>
    ${meta(v, e)}
    ${provenance(v, e)}${tags(v, e)}
  </header>
  <div class="body">
${raw(renderBody(a.body, a.dateline))}
  </div>
  <nav class="prev-next" aria-label="Previous and next article">${neighbour(v, 'prev', e.prev, a.date !== null)}${neighbour(v, 'next', e.next, a.date !== null)}
  </nav>
  ${sourceText(e)}
</article>
<aside class="sidebar" aria-label="More stories">
  ${featuredSidebar(v, e.featured, e.sourceLink?.name ?? null)}${sidebarLinks(v, 'same-day-h', 'Same day', e.sameDay)}${
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
