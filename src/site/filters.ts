// The templates' filters as one Eleventy plugin: links, dates, body HTML and structured data.
import type { Article } from '../model/article.ts';
import { renderBody } from './body.ts';
import { sourceLines, type ArticleEntry } from './data.ts';
import type { SiteConfig } from './config.ts';
import { displayDate, rfc3339, shortDate } from './dates.ts';
import { absoluteUrl, prefixedUrl, relativeHref } from './urls.ts';

/** The part of Eleventy's config API this plugin uses. */
export interface FilterHost {
  addFilter(name: string, fn: (this: FilterThis, ...args: never[]) => unknown): void;
}
interface FilterThis {
  page?: { url?: string | false };
  ctx?: { absoluteLinks?: boolean };
}

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
    inLanguage: config.language,
  };
}

export function filtersPlugin(config: SiteConfig) {
  return (eleventy: FilterHost) => {
    eleventy.addFilter('href', function (this: FilterThis, target: string) {
      if (this.ctx?.absoluteLinks) return prefixedUrl(config, target);
      return relativeHref(target, this.page?.url || '/', config.indexLinks);
    });
    eleventy.addFilter('siteUrl', (target: string) => absoluteUrl(config, target));
    eleventy.addFilter('displayDate', (iso: string | null) => displayDate(iso));
    eleventy.addFilter('shortDate', (iso: string | null) => shortDate(iso));
    eleventy.addFilter('rfc3339', (iso: string) => rfc3339(iso, config.timeZone));
    eleventy.addFilter('body', (a: Article) => renderBody(a.body));
    eleventy.addFilter('sourceLines', (e: ArticleEntry) => sourceLines(e));
    eleventy.addFilter('scriptJson', (v: unknown) => scriptJson(v));
    eleventy.addFilter('json', (v: unknown) => JSON.stringify(v));
    eleventy.addFilter('newsArticleLd', (a: Article, url: string) =>
      scriptJson(newsArticleLd(a, url, config)),
    );
    eleventy.addFilter(
      'plural',
      (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`,
    );
  };
}
