// Links between the pages of a listing: newer, numbered pages, older.
import type { Pagination } from '../../../src/site/archives.ts';
import { html, type Html } from '../../../src/site/html.ts';
import type { View } from './view.ts';

export function pagination(v: View, p: Pagination): Html | null {
  if (p.count <= 1) return null;
  return html`<nav class="pagination" aria-label="Pages">
  ${p.prev && html`<a rel="prev" href="${v.href(p.prev)}">← Newer</a>`}
  <ol>${p.pages.map(
    (url, i) =>
      html`
    <li><a${i + 1 === p.number ? html` aria-current="page"` : ''} href="${v.href(url)}">${i + 1}</a></li>`,
  )}
  </ol>
  ${p.next && html`<a rel="next" href="${v.href(p.next)}">Older →</a>`}
</nav>`;
}
