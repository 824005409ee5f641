// Where pages live and how they link to each other. Internal links are relative, so the site
// works under any path prefix and from disk; absolute URLs are only for canonical links, feeds
// and the sitemap.
import type { Article } from '../model/article.ts';
import type { SiteConfig } from './config.ts';

/** Site-relative URL of an article page, without a leading slash: `2020/02/17/slug/`. */
export function articleUrl(a: Article): string {
  if (a.date === null) return `undated/${a.id.replace(/^undated-/, '')}/`;
  return `${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${a.date.slice(8, 10)}/${a.id.slice(11)}/`;
}

/**
 * The link from the page at `from` (Eleventy's `page.url`, e.g. `/2020/02/`) to the site-relative
 * `target`. With `indexLinks`, directory links name their `index.html` for browsing from disk.
 */
export function relativeHref(target: string, from: string, indexLinks: boolean): string {
  const depth = from.split('/').length - 2; // '/a/b/' → 2, '/feed.xml' → 0
  const rel = '../'.repeat(Math.max(0, depth)) + target;
  if (indexLinks && (rel === '' || rel.endsWith('/'))) return `${rel}index.html`;
  return rel === '' ? './' : rel;
}

/** Root-relative URL under the path prefix, for pages served at unknown paths (the 404 page). */
export function prefixedUrl(config: SiteConfig, target: string): string {
  return config.pathPrefix + target;
}

export function absoluteUrl(config: SiteConfig, target: string): string {
  return config.baseUrl + config.pathPrefix + target;
}
