// What every view of a page needs: the site data, its configuration and links from this page.
import type { SiteConfig } from '../../../src/site/config.ts';
import type { SiteData } from '../../../src/site/data.ts';
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
}

export function viewOf(data: PageData): View {
  const config = data.site.config;
  return {
    site: data.site,
    config,
    href: data.absoluteLinks
      ? (target) => prefixedUrl(config, target)
      : linksFrom(data.page.url || '/', config.indexLinks),
  };
}
