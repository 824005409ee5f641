// The stories an archive's articles list beside themselves (featured, related, "check also")
// that the archive does not hold: the gaps in a collection. One entry per story (titles
// compared loosely), with every article that cites it, newest first.
import { looseKey } from '../model/text.ts';
import { pagesOf, type Pagination } from './archives.ts';
import type { Link, SidebarStory } from './data.ts';

export interface CitedStory {
  title: string;
  /** The newest date a list printed for it, else null. */
  date: string | null;
  /** The articles that list it, newest first (each once). */
  citedBy: Link[];
}

export interface Citing {
  link: Link;
  featured: readonly SidebarStory[];
}

/** When a story was news: its printed date, else the newest article citing it. */
const newest = (s: CitedStory) => s.date ?? s.citedBy[0]?.date ?? null;

/** Stories cited by `articles` (newest first) that no article of the archive is, newest
 * first (undated last), then by title. */
export function citedNotArchived(articles: readonly Citing[]): CitedStory[] {
  const byKey = new Map<string, CitedStory>();
  for (const { link, featured } of articles)
    for (const f of featured) {
      if (f.url !== null) continue;
      const key = looseKey(f.title);
      let story = byKey.get(key);
      if (!story) byKey.set(key, (story = { title: f.title, date: null, citedBy: [] }));
      if (f.date !== null && (story.date === null || f.date > story.date)) story.date = f.date;
      if (story.citedBy.at(-1) !== link) story.citedBy.push(link);
    }
  return [...byKey.values()].sort((a, b) => {
    const [x, y] = [newest(a), newest(b)];
    if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? 1 : -1;
    return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
  });
}

export interface CitedPage {
  url: string;
  stories: CitedStory[];
  /** How many stories all pages hold. */
  total: number;
  pagination: Pagination;
}

/** The listing's pages at `cited/`, `cited/page/2/`, … (`size` stories each). */
export function citedPages(stories: CitedStory[], size: number): CitedPage[] {
  return pagesOf('cited/', stories, size).map(({ url, items, pagination }) => ({
    url,
    stories: items,
    total: stories.length,
    pagination,
  }));
}
