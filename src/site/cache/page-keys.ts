// Which pages a rebuild can keep from the last build without rendering them. Each article and
// list page gets a key: a digest of everything it shows, which is its own data (the article's
// entry with its neighbours, related and featured links; the list with its entries), the
// configuration, whether the site has tags (every header links them) and the version of the
// code. The templates read nothing else of the site's data; tests/site/incremental.test.ts
// compares rebuilds with clean builds byte for byte. The single pages (home, feeds, sitemaps,
// archive, sources, tags, …) show the whole archive and are always rendered.
import { hash } from 'node:crypto';
import type { ArticleEntry, SiteData } from '../data.ts';

/** The file a page's URL is written to (`2020/02/17/slug/` → `…/slug/index.html`). */
export function pageFile(url: string): string {
  return url === '' || url.endsWith('/') ? `${url}index.html` : url;
}

// One call, no Hash object: twice as fast for the small texts hashed here (tens of thousands).
const digest = (text: string) => hash('sha256', text);

/** What an entry's key is a digest of: the entry, its record, excerpt and text named by the
 * input's key when there is one (its path is not shown) (the record is the parser's of those bytes, and the code's
 * version is in every key), which spares serialising and hashing every article's text again
 * (a tenth of a rebuild of 10,000 articles). The id stays: it is made unique after the parse. */
function shown(e: ArticleEntry, linkDigest: (link: object) => string): unknown {
  if (e.inputKey === null) return e;
  // As `{ ...e, article: id, excerpt: null, … }` but without reading the excerpt, which would
  // parse the body of a record read back from the cache (record-codec.ts).
  const view: Record<string, unknown> = {};
  for (const k of Object.keys(e) as (keyof ArticleEntry)[]) {
    if (k === 'article') view[k] = e.article.id;
    else if (NAMED_BY_KEY.has(k)) view[k] = null;
    else {
      const v = e[k];
      view[k] =
        !LINK_FIELDS.has(k) || v === null || typeof v !== 'object'
          ? v
          : Array.isArray(v)
            ? v.map(linkDigest)
            : linkDigest(v);
    }
  }
  return view;
}
const NAMED_BY_KEY: ReadonlySet<string> = new Set(['excerpt', 'sourceText', 'inputPath']);
/** An entry's links to other articles: each link is one object of the site's data (data.ts)
 * however many entries show it, so it is serialised and hashed once, and the entry's key is a
 * digest of the links' digests (at 10,000 articles, links were 20 MB of JSON for every rebuild). */
const LINK_FIELDS: ReadonlySet<string> = new Set([
  'prev',
  'next',
  'sameDay',
  'sameSource',
  'related',
]);

/** Where a memory keeps the last build's entries (as shown) and their keys, by page file. */
const MEMORY_KEY = 'entry keys';
interface KeptEntries {
  site: string;
  entries: Map<string, { shown: unknown; key: string }>;
}

/**
 * Each article and list page's file → its key. `memory` (a process that builds again and
 * again): an entry that shows what the last build's entry of the same page showed keeps that
 * entry's key, unserialised and unhashed (a comparison costs a tenth of a serialisation, which
 * was a tenth of a rebuild of 10,000 articles).
 */
export function pageKeys(
  data: SiteData,
  version: string,
  memory: Map<string, unknown> | null = null,
): Map<string, string> {
  const site = digest(JSON.stringify([version, data.config, data.tags.length > 0]));
  const last = memory?.get(MEMORY_KEY) as KeptEntries | undefined;
  const lastEntries = last?.site === site ? last.entries : null;
  const nextEntries: KeptEntries['entries'] = new Map();
  const entryKeys = new Map<ArticleEntry, string>();
  const linkDigests = new WeakMap<object, string>();
  const linkDigest = (l: object) => {
    let d = linkDigests.get(l);
    if (d === undefined) linkDigests.set(l, (d = digest(JSON.stringify(l))));
    return d;
  };
  const entryKey = (e: ArticleEntry) => {
    let k = entryKeys.get(e);
    if (k === undefined) {
      const view = shown(e, linkDigest);
      const kept = lastEntries?.get(e.url);
      k = kept && sameJson(view, kept.shown) ? kept.key : digest(JSON.stringify(view));
      entryKeys.set(e, k);
      if (memory) nextEntries.set(e.url, { shown: view, key: k });
    }
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
  memory?.set(MEMORY_KEY, { site, entries: nextEntries } satisfies KeptEntries);
  return keys;
}

/**
 * Whether two values serialise to the same JSON but for the order of object keys (which no page
 * shows): plain data of strings, numbers, booleans, null, arrays and objects; a property whose
 * value is undefined counts as absent, as in JSON.
 * @example sameJson({ a: [1, 'x'], b: undefined }, { a: [1, 'x'] }) // true
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    count++;
    if (!Object.hasOwn(y, k) || !sameJson(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) count--;
  return count === 0;
}
