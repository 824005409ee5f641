// One sitemap file of at most SITEMAP_MAX_URLS addresses (sitemap.xml is their index): each
// page's address and, where it has one, the date of its newest article. A JavaScript template,
// not Nunjucks: a filter call per address was most of a rebuild's rendering at 50,000 articles
// (Eleventy warned of it), and a function call costs next to nothing.
import type { SitemapPart } from '../src/site/data.ts';
import { rfc3339 } from '../src/site/dates.ts';
import { html } from '../src/site/html.ts';
import { absoluteUrl } from '../src/site/urls.ts';
import type { PageData } from './_includes/views/view.ts';

export const data = {
  pagination: { data: 'part.sitemapParts', size: 1, alias: 'sitemapPart' },
  permalink: (d: { sitemapPart: SitemapPart }) => `/${d.sitemapPart.file}`,
  eleventyExcludeFromCollections: true,
};

export function render(d: PageData & { sitemapPart: SitemapPart }): string {
  const config = d.site.config;
  const urls = d.sitemapPart.urls.map(
    (u) =>
      html`\n  <url><loc>${absoluteUrl(config, u.url)}</loc>${u.lastmod && html`<lastmod>${rfc3339(u.lastmod, config.timeZone)}</lastmod>`}</url>`,
  );
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}
</urlset>
`.markup;
}
