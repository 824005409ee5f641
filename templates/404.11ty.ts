// The page a host serves for an unknown address: links from the root, as its own URL is unknown.
import { html } from '../src/site/html.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { viewOf, type PageData } from './_includes/views/view.ts';

export const data = { permalink: '/404.html', absoluteLinks: true };

export function render(data: PageData): string {
  const v = viewOf(data);
  const main = html`<h1>Page not found</h1>
<p>There is no page at this address. Try the <a href="${v.href('')}">home page</a>, the <a href="${v.href('archive/')}">archive</a> or a <a href="${v.href('search/')}">search</a>.</p>`;
  return pageFrame(v, { title: 'Not found' }, main).markup;
}
