// The footer of every page: feeds, sitemap, and where the articles come from.
import { html, type Html } from '../../../src/site/html.ts';
import type { View } from './view.ts';

export function siteFooter(v: View): Html {
  return html`<footer class="site-footer">
  <p>${v.config.title} · <a href="${v.href('feed.xml')}">Atom feed</a> · <a href="${v.href('feed.json')}">JSON Feed</a> · <a href="${v.href('sitemap.xml')}">Sitemap</a></p>
  <p>Articles as scraped from their outlets; each page shows the source text it was read from.</p>
</footer>`;
}
