// Structured data in article pages: schema.org NewsArticle as JSON-LD.
import type { Article } from '../model/article.ts';
import type { SiteConfig } from './config.ts';
import { rfc3339 } from './dates.ts';
import { absoluteUrl } from './urls.ts';

/** JSON that is safe inside a <script> element (no `</script>` or `<!--` can close it). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** schema.org NewsArticle; datePublished only when the text printed a date. */
export function newsArticleLd(
  a: Article,
  url: string,
  config: SiteConfig,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title ?? undefined,
    url: absoluteUrl(config, url),
    ...(a.date ? { datePublished: rfc3339(a.date, config.timeZone) } : {}),
    ...(a.byline ? { author: { '@type': 'Person', name: a.byline } } : {}),
    ...(a.source ? { publisher: { '@type': 'Organization', name: a.source } } : {}),
    inLanguage: a.language ?? config.language,
    // The page the text was scraped from, where the text or its front matter named it.
    ...(a.url ? { isBasedOn: a.url } : {}),
  };
}
