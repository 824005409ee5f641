// Every outlet the archive's articles name, with its number of articles.
import { html } from '../src/site/html.ts';
import { plural } from '../src/site/words.ts';
import { namedList } from './_includes/views/named-list.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { viewOf, type PageData } from './_includes/views/view.ts';

export const data = { permalink: '/sources/' };

export function render(data: PageData): string {
  const v = viewOf(data);
  const { site } = v;
  const without = site.articles.length - site.sources.reduce((n, s) => n + s.count, 0);
  const main = html`<h1>Sources</h1>
${site.sources.length > 0 ? namedList(v, site.sources) : html`<p>No article names its publishing outlet.</p>`}${
    without > 0 &&
    html`\n<p>${plural(without, 'article')} name no outlet: the text printed none (a source line, a dateline with an agency, a wire address) and no front matter set one.</p>`
  }
<p>The stories these outlets showed beside their articles that this archive lacks are listed in <a href="${v.href('cited/')}">Stories cited but not archived</a>.</p>`;
  return pageFrame(v, { title: 'Sources', canonical: 'sources/' }, main).markup;
}
