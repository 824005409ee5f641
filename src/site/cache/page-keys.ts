// Which pages a rebuild can keep from the last build without rendering them. Each article and
// list page gets a key: a digest of everything it shows, which is its own data (the article's
// entry with its neighbours, related and featured links; the list with its entries), the
// configuration, whether the site has tags (every header links them) and the version of the
// code. The templates read nothing else of the site's data; tests/site/incremental.test.ts
// compares rebuilds with clean builds byte for byte. The single pages (home, feeds, sitemaps,
// archive, sources, tags, …) show the whole archive and are always rendered.
import { createHash } from 'node:crypto';
import type { ArticleEntry, SiteData } from '../data.ts';

/** The file a page's URL is written to (`2020/02/17/slug/` → `…/slug/index.html`). */
export function pageFile(url: string): string {
  return url === '' || url.endsWith('/') ? `${url}index.html` : url;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/** What an entry's key is a digest of: the entry, its record, excerpt and text named by the
 * input's key when there is one (its path is not shown) (the record is the parser's of those bytes, and the code's
 * version is in every key), which spares serialising and hashing every article's text again
 * (a tenth of a rebuild of 10,000 articles). The id stays: it is made unique after the parse. */
function shown(e: ArticleEntry): unknown {
  if (e.inputKey === null) return e;
  return { ...e, article: e.article.id, excerpt: null, sourceText: null, inputPath: null };
}

/** Each article and list page's file → its key. */
export function pageKeys(data: SiteData, version: string): Map<string, string> {
  const site = digest(JSON.stringify([version, data.config, data.tags.length > 0]));
  const entryKeys = new Map<ArticleEntry, string>();
  const entryKey = (e: ArticleEntry) => {
    let k = entryKeys.get(e);
    if (k === undefined) entryKeys.set(e, (k = digest(JSON.stringify(shown(e)))));
    return k;
  };
  const keys = new Map<string, string>();
  for (const e of data.articles)
    keys.set(pageFile(e.url), digest(`${site} article ${entryKey(e)}`));
  for (const l of data.lists)
    keys.set(
      pageFile(l.url),
      digest(`${site} list ${JSON.stringify({ ...l, items: l.items.map(entryKey) })}`),
    );
  return keys;
}
