// The filters of the Nunjucks templates (feeds, sitemaps, robots.txt) as one Eleventy plugin:
// absolute URLs, RFC 3339 dates, body HTML. The HTML pages are TypeScript views that call the
// same functions directly (templates/*.11ty.ts).
import type { Article } from '../model/article.ts';
import { renderBody } from './body.ts';
import type { SiteConfig } from './config.ts';
import { rfc3339 } from './dates.ts';
import { absoluteUrl } from './urls.ts';

/** The part of Eleventy's config API this plugin uses. */
export interface FilterHost {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
}

export function filtersPlugin(config: SiteConfig) {
  return (eleventy: FilterHost) => {
    eleventy.addFilter('siteUrl', (target: string) => absoluteUrl(config, target));
    eleventy.addFilter('rfc3339', (iso: string) => rfc3339(iso, config.timeZone));
    eleventy.addFilter('body', (a: Article) => renderBody(a.body));
    eleventy.addFilter('json', (v: unknown) => JSON.stringify(v));
  };
}
