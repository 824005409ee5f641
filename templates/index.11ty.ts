// The home page: what the archive holds, the latest articles, ways into the archives.
import { shortDate } from '../src/site/dates.ts';
import { html } from '../src/site/html.ts';
import { plural } from '../src/site/words.ts';
import { articleList } from './_includes/views/article-list.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { viewOf, type PageData } from './_includes/views/view.ts';

export const data = { permalink: '/' };

export function render(data: PageData): string {
  const v = viewOf(data);
  const { site, config } = v;
  const main = html`<h1>${config.title}</h1>
<p class="lead">${plural(site.articles.length, 'article')} from ${plural(site.sources.length, 'source')}${
    site.range && `, ${shortDate(site.range.first)} to ${shortDate(site.range.last)}`
  }${site.undated > 0 && ` (${site.undated} undated)`}.</p>
<h2>Latest articles</h2>
${articleList(v, site.articles.slice(0, config.latest), true)}
<h2>Browse</h2>
<ul class="browse">${site.years.map(
    (y) => html`<li><a href="${v.href(y.url)}">${y.year}</a> (${y.count})</li>`,
  )}${site.undated > 0 && html`<li><a href="${v.href('undated/')}">Undated</a> (${site.undated})</li>`}
  <li><a href="${v.href('sources/')}">All sources</a></li>
  <li><a href="${v.href('archive/')}">Full archive</a></li>
</ul>`;
  return pageFrame(v, { canonical: '' }, main).markup;
}
