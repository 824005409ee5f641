// What every view of a page needs: the site data, its configuration and links from this page.
import type { SiteConfig } from '../../../src/site/config.ts';
import type { SiteData } from '../../../src/site/data.ts';
import { dateWords, type DateWords } from '../../../src/site/dates.ts';
import { linksFrom, prefixedUrl } from '../../../src/site/urls.ts';

/** The data Eleventy gives a page template (global data `site`, the page's own URL). */
export interface PageData {
  site: SiteData;
  page: { url: string | false };
  /** Pages served at unknown paths (the 404 page) link from the root under the path prefix. */
  absoluteLinks?: boolean;
}

export interface View {
  site: SiteData;
  config: SiteConfig;
  /** The link from this page to a site-relative target (`2020/02/`, `assets/style.css`). */
  href(target: string): string;
  /** The link from this page to the search page with `query` filled in. */
  searchHref(query: string): string;
  /** Dates and month names in the site's language. */
  dates: DateWords;
}

/** A story's title as a phrase query: its own quotes would end the phrase, so they go. */
export function titlePhrase(title: string): string {
  return `"${title.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim()}"`;
}

export function viewOf(data: PageData): View {
  const config = data.site.config;
  const href = data.absoluteLinks
    ? (target: string) => prefixedUrl(config, target)
    : linksFrom(data.page.url || '/', config.indexLinks);
  return {
    site: data.site,
    config,
    href,
    // The query is a component: `&`, `#` or `?` in a title must not end it.
    searchHref: (query) => `${href('search/')}?q=${encodeURIComponent(query)}`,
    dates: dateWords(config.language),
  };
}
