// Where pages live and how they link to each other. Internal links are relative, so the site
// works under any path prefix and from disk; absolute URLs are only for canonical links, feeds
// and the sitemap. Site paths hold Unicode slugs as they are (the file system takes them);
// every URL written into a page or feed is percent-encoded (`encodeURI`), as RFC 3986 and the
// sitemap protocol need.
import type { Article } from '../model/article.ts';
import type { SiteConfig } from './config.ts';

/** Site-relative URL of an article page, without a leading slash: `2020/02/17/slug/`. */
export function articleUrl(a: Article): string {
  if (a.date === null) return `undated/${a.id.replace(/^undated-/, '')}/`;
  return `${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${a.date.slice(8, 10)}/${a.id.slice(11)}/`;
}

/**
 * Links from the page at `from` (Eleventy's `page.url`, e.g. `/2020/02/`) to site-relative
 * targets. With `indexLinks`, directory links name their `index.html` for browsing from disk.
 * A page makes many links: its depth is computed once.
 */
export function linksFrom(from: string, indexLinks: boolean): (target: string) => string {
  const up = '../'.repeat(Math.max(0, from.split('/').length - 2)); // '/a/b/' → 2, '/feed.xml' → 0
  return (target) => {
    const rel = up + encodeURI(target);
    if (indexLinks && (rel === '' || rel.endsWith('/'))) return `${rel}index.html`;
    return rel === '' ? './' : rel;
  };
}

/** Root-relative URL under the path prefix, for pages served at unknown paths (the 404 page). */
export function prefixedUrl(config: SiteConfig, target: string): string {
  return config.pathPrefix + encodeURI(target);
}

export function absoluteUrl(config: SiteConfig, target: string): string {
  return config.baseUrl + config.pathPrefix + encodeURI(target);
}
