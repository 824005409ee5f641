// The page a host serves for an unknown address: links from the root, as its own URL is unknown;
// a search box, which a small script fills in from the address's last part (a story's slug).
import { html } from '../src/site/html.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { viewOf, type PageData } from './_includes/views/view.ts';

export const data = { permalink: '/404.html', absoluteLinks: true };

export function render(data: PageData): string {
  const v = viewOf(data);
  const main = html`<h1>Page not found</h1>
<p>There is no page at this address. The story may be in the archive under another address: search for it.</p>
<form class="not-found-search" role="search" method="get" action="${v.href('search/')}">
  <label for="not-found-q">Search the archive</label>
  <input id="not-found-q" name="q" type="search">
  <button type="submit">Search</button>
</form>
<p>Or start from the <a href="${v.href('')}">home page</a> or the <a href="${v.href('archive/')}">archive</a>.</p>`;
  const head = html`<script src="${v.href('assets/not-found.js')}" defer></script>`;
  return pageFrame(v, { title: 'Not found', head }, main).markup;
}
