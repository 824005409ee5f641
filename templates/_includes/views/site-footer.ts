// The footer of every page: sources, the gaps, feeds, and where the articles come from (the
// sitemap is for crawlers: robots.txt names it).
import { html, type Html } from '../../../src/site/html.ts';
import type { View } from './view.ts';

export function siteFooter(v: View): Html {
  return html`<footer class="site-footer">
  <p>${v.config.title} · <a href="${v.href('sources/')}">Sources</a> · <a href="${v.href('cited/')}">Stories cited but not archived</a> · <a href="${v.href('feed.xml')}">Atom feed</a> · <a href="${v.href('feed.json')}">JSON Feed</a></p>
  <p>Articles as scraped from their outlets; each page shows the source text it was read from.</p>
</footer>`;
}
