// Eleventy renders every page into memory before it writes any, so a large archive is rendered
// in parts of at most MAX_PAGES_PER_PART pages, one Eleventy run each: memory stays bounded and
// the time stays linear. The first part also renders the single pages (home, feeds, …). Which
// templates a part renders is part of the part: `.eleventy.ts` ignores the others.
import type { ListPage } from './archives.ts';
import type { ArticleEntry, SiteData, SitemapPart } from './data.ts';

export const MAX_PAGES_PER_PART = 8000;

/**
 * Every template in `templates/`, by what it renders: the pages of a part (paginated over
 * `part`), or one page of the whole site. tests/site/parts.test.ts checks it against the folder.
 */
export const TEMPLATES = {
  paginated: ['article.11ty.ts', 'list.11ty.ts', 'sitemap-part.11ty.ts'],
  single: [
    '404.11ty.ts',
    'archive.11ty.ts',
    'cited.11ty.ts',
    'feed-json.njk',
    'feed.njk',
    'index.11ty.ts',
    'robots.njk',
    'search.11ty.ts',
    'sitemap.njk',
    'sources.11ty.ts',
    'tags.11ty.ts',
  ],
} as const;

export type TemplateName = (typeof TEMPLATES.paginated)[number] | (typeof TEMPLATES.single)[number];

export const ALL_TEMPLATES: readonly TemplateName[] = [...TEMPLATES.paginated, ...TEMPLATES.single];

export interface RenderPart {
  articles: ArticleEntry[];
  lists: ListPage<ArticleEntry>[];
  sitemapParts: SitemapPart[];
  /** The templates this part renders (the single pages' only in the first part). */
  templates: readonly TemplateName[];
  /** Whether this part renders the single pages and copies the assets. */
  singles: boolean;
}

export function planParts(data: SiteData, max = MAX_PAGES_PER_PART): RenderPart[] {
  const parts: RenderPart[] = [];
  const next = () => {
    const first = parts.length === 0;
    const p: RenderPart = {
      articles: [],
      lists: [],
      sitemapParts: [],
      templates: first ? ALL_TEMPLATES : TEMPLATES.paginated,
      singles: first,
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
