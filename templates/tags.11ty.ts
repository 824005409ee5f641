// Every tag given in the inputs' front matter, with its number of articles (the archivist's
// instructions are in the README, not on a page readers see).
import { html } from '../src/site/html.ts';
import { namedList } from './_includes/views/named-list.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { viewOf, type PageData } from './_includes/views/view.ts';

export const data = { permalink: '/tags/' };

export function render(data: PageData): string {
  const v = viewOf(data);
  const main = html`<h1>Tags</h1>
${
  v.site.tags.length > 0
    ? namedList(v, v.site.tags)
    : html`<p>This archive’s articles carry no tags.</p>`
}`;
  return pageFrame(v, { title: 'Tags', canonical: 'tags/' }, main).markup;
}
