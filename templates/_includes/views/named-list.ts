// Named groups of articles (sources, tags) with their counts.
import type { Named } from '../../../src/site/data.ts';
import { html, type Html } from '../../../src/site/html.ts';
import type { View } from './view.ts';

export function namedList(v: View, groups: readonly Named[]): Html {
  return html`<ul class="browse">${groups.map(
    (g) => html`<li><a href="${v.href(g.url)}">${g.name}</a> (${g.count})</li>`,
  )}</ul>`;
}
