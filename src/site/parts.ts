// Eleventy renders every page into memory before it writes any, so a large archive is rendered
// in parts of at most MAX_PAGES_PER_PART pages, one Eleventy run each: memory stays bounded and
// the time stays linear. The first part also renders the single pages (home, feeds, …).
import type { ListPage } from './archives.ts';
import type { ArticleEntry, SiteData, SitemapPart } from './data.ts';

export const MAX_PAGES_PER_PART = 8000;

/** The templates that paginate over a part's pages; every other template is a single page. */
export const PAGINATED_TEMPLATES = ['article.11ty.ts', 'list.11ty.ts', 'sitemap-part.njk'];

export interface RenderPart {
  articles: ArticleEntry[];
  lists: ListPage<ArticleEntry>[];
  sitemapParts: SitemapPart[];
  /** Whether this part renders the single pages and copies the assets. */
  singles: boolean;
}

export function wholeSite(data: SiteData): RenderPart {
  return {
    articles: data.articles,
    lists: data.lists,
    sitemapParts: data.sitemapParts,
    singles: true,
  };
}

export function planParts(data: SiteData, max = MAX_PAGES_PER_PART): RenderPart[] {
  const parts: RenderPart[] = [];
  const next = () => {
    const p: RenderPart = {
      articles: [],
      lists: [],
      sitemapParts: [],
      singles: parts.length === 0,
    };
    parts.push(p);
    return p;
  };
  let part = next();
  let pages = 0;
  const add = (push: (p: RenderPart) => void) => {
    if (pages === max) {
      part = next();
      pages = 0;
    }
    push(part);
    pages++;
  };
  for (const a of data.articles) add((p) => p.articles.push(a));
  for (const l of data.lists) add((p) => p.lists.push(l));
  parts[0]!.sitemapParts = data.sitemapParts;
  return parts;
}
