// A short list of links to articles (same day, same source, related), with their dates.
import type { Link } from '../../../src/site/data.ts';
import { html, type Html } from '../../../src/site/html.ts';
import type { View } from './view.ts';

export function linkList(v: View, links: readonly Link[]): Html {
  return html`<ul class="link-list">${links.map(
    (l) =>
      html`
  <li><a href="${v.href(l.url)}">${l.title}</a>${l.date && html` <time datetime="${l.date}">${v.dates.date(l.date)}</time>`}</li>`,
  )}
</ul>`;
}
