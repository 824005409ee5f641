// A list of articles with date, source and (on archive pages) an excerpt.
import type { Link } from '../../../src/site/data.ts';
import { html, type Html } from '../../../src/site/html.ts';
import type { View } from './view.ts';

export function articleList(
  v: View,
  items: readonly (Link & { excerpt?: string })[],
  showExcerpt: boolean,
): Html {
  return html`<ol class="article-list">${items.map(
    (item) => html`
  <li>
    <a href="${v.href(item.url)}">${item.title}</a>
    <span class="meta">${item.date ? html`<time datetime="${item.date}">${v.dates.date(item.date)}</time>` : 'Undated'}${item.source && html` · ${item.source}`}</span>${showExcerpt && item.excerpt && html`<p>${item.excerpt}</p>`}
  </li>`,
  )}
</ol>`;
}
