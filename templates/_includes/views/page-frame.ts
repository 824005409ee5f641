// The frame every HTML page has: head metadata (title, description, canonical URL, Open Graph,
// feeds), the site header with its search box, the page's main content, the footer.
import { html, type Html } from '../../../src/site/html.ts';
import { absoluteUrl } from '../../../src/site/urls.ts';
import { direction } from '../../../src/site/direction.ts';
import { siteFooter } from './site-footer.ts';
import { siteHeader } from './site-header.ts';
import type { View } from './view.ts';

export interface PageMeta {
  /** The page's own title; the site title follows it in `<title>`. */
  title?: string;
  description?: string;
  /** Site-relative URL of the page's canonical address; pages without one (404) leave it out. */
  canonical?: string;
  ogType?: 'website' | 'article';
  /** More head elements (structured data, scripts). */
  head?: Html;
  /** The header's search box (not on the search page, which has its own). */
  headerSearch?: boolean;
}

export function pageFrame(v: View, meta: PageMeta, main: Html): Html {
  const { config } = v;
  const description = meta.description || config.description;
  const canonical = meta.canonical === undefined ? null : absoluteUrl(config, meta.canonical);
  return html`<!DOCTYPE html>
<html lang="${config.language}"${direction(config.language) === 'rtl' && html` dir="rtl"`}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title ? `${meta.title} · ${config.title}` : config.title}</title>
<meta name="description" content="${description}">
${
  canonical &&
  html`<link rel="canonical" href="${canonical}">
<meta property="og:url" content="${canonical}">
`
}<meta property="og:site_name" content="${config.title}">
<meta property="og:title" content="${meta.title || config.title}">
<meta property="og:description" content="${description}">
<meta property="og:type" content="${meta.ogType ?? 'website'}">
<link rel="stylesheet" href="${v.href('assets/fonts.css')}">
<link rel="stylesheet" href="${v.href('assets/style.css')}">
<link rel="icon" type="image/svg+xml" href="${v.href('assets/favicon.svg')}">
<link rel="alternate" type="application/atom+xml" title="${config.title} (Atom)" href="${v.href('feed.xml')}">
<link rel="alternate" type="application/feed+json" title="${config.title} (JSON Feed)" href="${v.href('feed.json')}">
${meta.head}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
${siteHeader(v, meta.headerSearch ?? true)}
<main id="main">
${main}
</main>
${siteFooter(v)}
</body>
</html>
`;
}
