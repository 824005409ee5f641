// The home page: what the archive holds (its headline), the latest articles, ways into the
// archives.
import { html } from '../src/site/html.ts';
import { plural } from '../src/site/words.ts';
import { articleList } from './_includes/views/article-list.ts';
import { monthChart } from './_includes/views/month-chart.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { viewOf, type PageData } from './_includes/views/view.ts';

export const data = { permalink: '/' };

export function render(data: PageData): string {
  const v = viewOf(data);
  const { site, config } = v;
  // The header names the site; the page's headline says what it holds.
  const main = html`<h1>${plural(site.articles.length, 'article')} from ${plural(site.sources.length, 'source')}</h1>
<p class="lead">${
    site.range
      ? `Published ${v.dates.date(site.range.first)} to ${v.dates.date(site.range.last)}`
      : 'No article prints its date'
  }${site.undated > 0 && site.range && `; ${site.undated} undated`}. ${config.description}</p>
${monthChart(v, site.chart, 'archive-chart')}
<h2>Latest articles</h2>
${articleList(v, site.articles.slice(0, config.latest), true)}
<h2>Browse</h2>
<ul class="browse">${site.years.map(
    (y) => html`<li><a href="${v.href(y.url)}">${y.year}</a> (${y.count})</li>`,
  )}${site.undated > 0 && html`<li><a href="${v.href('undated/')}">Undated</a> (${site.undated})</li>`}
  <li><a href="${v.href('sources/')}">All sources</a></li>
  <li><a href="${v.href('cited/')}">Stories cited but not archived</a> (${site.cited[0]?.total ?? 0})</li>
  <li><a href="${v.href('archive/')}">Full archive</a></li>
</ul>`;
  return pageFrame(v, { canonical: '' }, main).markup;
}
