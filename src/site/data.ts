// Records → the data the templates render: one entry per article page (with its neighbours,
// sidebar links and source-text view) and the archive listings. Pure: same records, same data.
import type { Article, FeaturedStory } from '../model/article.ts';
import { displayTitle } from '../model/title.ts';
import { looseKey, LINE_BREAK } from '../model/text.ts';
import { nameSlug } from '../model/slug.ts';
import { byDateDesc, groupBy, paginate, type CalendarCell, type ListPage } from './archives.ts';
import type { SiteConfig } from './config.ts';
import { dateWords } from './dates.ts';
import type { LoadedArticle } from '../parse/input/load.ts';
import { citedNotArchived, citedPages, type CitedPage } from './cited.ts';
import { monthGrid } from './calendar.ts';
import { monthlyChart, type MonthlyChart } from './chart.ts';
import {
  leadText,
  numberTerms,
  relatedIndexes,
  relatedTerms,
  wordNumbering,
  type KeptRelatedTerms,
} from './related.ts';
import { truncate } from './truncate.ts';
import { articleUrl } from './urls.ts';

const NEIGHBOURS = 5;
/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_MAX_URLS = 50_000;
const EXCERPT_CHARS = 220;

export interface Link {
  url: string;
  title: string;
  date: string | null;
  source: string | null;
}

export interface SidebarStory extends FeaturedStory {
  /** The archive's page for this story when its title matches an article, else null. */
  url: string | null;
}

export interface SourceLine {
  no: number;
  text: string;
  /** Why the parser dropped the line; null when its words are in the record. */
  reason: string | null;
}

export interface Named {
  name: string;
  url: string;
  count: number;
}

export interface ArticleEntry extends Link {
  article: Article;
  excerpt: string;
  sourceLink: Named | null;
  tagLinks: Named[];
  dayUrl: string | null;
  prev: Link | null;
  next: Link | null;
  sameDay: Link[];
  sameSource: Link[];
  related: Link[];
  featured: SidebarStory[];
  /** The input text; `sourceLines` splits it when the page is rendered. Null when the file was
   * not read again (LoadedArticle's `text`): the build reads it for a page it renders. */
  sourceText: string | null;
  /** The input file's path, as listed. */
  inputPath: string;
  /** The input file's key (LoadedArticle's), or null: what the page keys name the article,
   * its excerpt and its text by. */
  inputKey: string | null;
}

export interface YearSummary {
  year: string;
  url: string;
  count: number;
  months: CalendarCell[];
}

export interface SitemapPart {
  file: string;
  urls: { url: string; lastmod: string | null }[];
}

export interface SiteData {
  config: SiteConfig;
  /** Articles newest first (undated last). */
  articles: ArticleEntry[];
  lists: ListPage<ArticleEntry>[];
  years: YearSummary[];
  sources: Named[];
  tags: Named[];
  undated: number;
  range: { first: string; last: string } | null;
  /** Sitemap files of at most SITEMAP_MAX_URLS each; `sitemap.xml` is their index. */
  sitemapParts: SitemapPart[];
  /** The stories articles list beside them that the archive does not hold, in pages. */
  cited: CitedPage[];
  /** Articles per month, by source, for the home page's chart. */
  chart: MonthlyChart | null;
}

/** An entry's link, one object however many pages link to it (page keys serialise a link once:
 * page-keys.ts). */
function linkMaker(): (e: ArticleEntry) => Link {
  const made = new Map<ArticleEntry, Link>();
  return (e) => {
    let l = made.get(e);
    if (!l) made.set(e, (l = { url: e.url, title: e.title, date: e.date, source: e.source }));
    return l;
  };
}

function excerpt(a: Article): string {
  const text = a.body.find((b) => b.type === 'paragraph')?.text ?? a.body[0]?.text ?? '';
  return truncate(text, EXCERPT_CHARS);
}

/** The input's lines with the parser's reason for each dropped one (at render time, to save memory). */
export function sourceLines(entry: ArticleEntry): SourceLine[] {
  if (entry.sourceText === null)
    throw new Error(`internal error: the text of ${entry.article.sourceFile} was not read`);
  const reasons = new Map(entry.article.dropped.map((d) => [d.line, d.reason]));
  return entry.sourceText
    .split(LINE_BREAK)
    .map((text, i) => ({ no: i + 1, text, reason: reasons.get(i + 1) ?? null }));
}

/** Names (sources, tags) by slug; the first spelling met in date order names the page. */
function named(
  entries: ArticleEntry[],
  names: (e: ArticleEntry) => string[],
  dir: string,
  fallback: string,
) {
  const bySlug = new Map<string, { name: string; items: ArticleEntry[] }>();
  for (const e of entries)
    for (const name of names(e)) {
      const slug = nameSlug(name, fallback);
      const group = bySlug.get(slug) ?? bySlug.set(slug, { name, items: [] }).get(slug)!;
      group.items.push(e);
    }
  return new Map(
    [...bySlug]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([slug, g]) => [slug, { ...g, url: `${dir}/${slug}/` }]),
  );
}

/**
 * The articles' entries, newest first, with what each knows of itself alone (its address, title,
 * excerpt): enough for the search index, which the build starts on them before the rest.
 */
export function articleEntries(loaded: readonly LoadedArticle[]): ArticleEntry[] {
  const entries: ArticleEntry[] = loaded.map((l) => {
    const a = l.article;
    let shortened: string | undefined;
    return {
      url: articleUrl(a),
      title: displayTitle(a),
      date: a.date,
      source: a.source,
      article: a,
      // When a page shows it, or from the build cache (siteData): a record read back from the
      // cache parses its body only when read (record-codec.ts), and a rebuild renders few pages.
      get excerpt() {
        return (shortened ??= excerpt(a));
      },
      set excerpt(kept: string) {
        shortened = kept;
      },
      sourceLink: null,
      tagLinks: [],
      dayUrl: a.date && `${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${a.date.slice(8, 10)}/`,
      prev: null,
      next: null,
      sameDay: [],
      sameSource: [],
      related: [],
      featured: [],
      sourceText: l.text,
      inputPath: l.path,
      inputKey: l.key,
    };
  });
  return entries.sort(byDateDesc);
}

/** The site's data: `entries` (from articleEntries) linked to one another, and the lists;
 * `keptTerms`: the related-article terms a build cache has. */
export function siteData(
  entries: ArticleEntry[],
  config: SiteConfig,
  keptTerms?: KeptRelatedTerms,
): SiteData {
  const link = linkMaker();
  // Previous/next in reading order: oldest to newest, then the undated.
  const chrono = [
    ...entries.filter((e) => e.date !== null).reverse(),
    ...entries.filter((e) => e.date === null),
  ];
  chrono.forEach((e, i) => {
    e.prev = chrono[i - 1] ? link(chrono[i - 1]!) : null;
    e.next = chrono[i + 1] ? link(chrono[i + 1]!) : null;
  });

  const byTitle = new Map<string, ArticleEntry>();
  for (const e of chrono) if (e.article.title) byTitle.set(looseKey(e.article.title), e);
  for (const e of entries)
    e.featured = e.article.featured.map((f) => {
      const target = byTitle.get(looseKey(f.title));
      return { ...f, url: target && target !== e ? target.url : null };
    });

  const days = groupBy(entries, (e) => e.dayUrl);
  const sources = named(entries, (e) => (e.source ? [e.source] : []), 'sources', 'source');
  const tags = named(entries, (e) => e.article.tags, 'tags', 'tag');
  const positions = new Map<ArticleEntry[], Map<ArticleEntry, number>>();
  const near = (group: ArticleEntry[], e: ArticleEntry) => {
    const pos =
      positions.get(group) ??
      positions.set(group, new Map(group.map((x, i) => [x, i]))).get(group)!;
    const i = pos.get(e)!;
    const from = Math.max(
      0,
      Math.min(i - Math.floor(NEIGHBOURS / 2), group.length - NEIGHBOURS - 1),
    );
    return group
      .slice(from, from + NEIGHBOURS + 1)
      .filter((x) => x !== e)
      .slice(0, NEIGHBOURS)
      .map(link);
  };
  const toNamed = (g: { name: string; url: string; items: ArticleEntry[] }): Named => ({
    name: g.name,
    url: g.url,
    count: g.items.length,
  });
  for (const g of sources.values()) {
    const source = toNamed(g);
    for (const e of g.items) e.sourceLink = source;
  }
  for (const g of tags.values()) {
    const tag = toNamed(g);
    for (const e of g.items) e.tagLinks.push(tag);
  }
  for (const e of entries) {
    if (e.dayUrl) e.sameDay = near(days.get(e.dayUrl)!, e);
    if (e.sourceLink) e.sameSource = near(sources.get(nameSlug(e.source!, 'source'))!.items, e);
  }
  // Excerpts kept by the build cache: a list page shows its articles' excerpts, and a new
  // article moves the pages of every list after it (their bodies are not parsed for that).
  if (keptTerms?.excerpts)
    for (const e of entries) {
      if (e.inputKey === null) continue;
      const kept = keptTerms.excerpts.get(e.inputKey);
      if (kept !== undefined) e.excerpt = kept;
      else keptTerms.excerpts.set(e.inputKey, e.excerpt);
    }
  const numbering = keptTerms?.numbering ?? wordNumbering();
  const related = relatedIndexes(
    entries.map((e) => {
      const language = e.article.language ?? config.language;
      // The terms depend on the record (the input's key names it) and the language only.
      const key = e.inputKey && `${e.inputKey} ${language}`;
      const kept = key ? keptTerms?.get(key) : undefined;
      if (kept) return kept;
      const terms = relatedTerms({ title: e.title, text: leadText(e.article.body), language });
      if (!key || !keptTerms) return terms;
      const numbered = numberTerms(terms, numbering);
      keptTerms.set(key, numbered);
      return numbered;
    }),
    NEIGHBOURS,
    numbering,
  );
  entries.forEach((e, i) => (e.related = related[i]!.map((j) => link(entries[j]!))));

  const site = archives(entries, days, config);
  for (const g of sources.values())
    site.lists.push(...paginate(g.url, 'source', g.name, g.items, config.pageSize));
  for (const g of tags.values())
    site.lists.push(...paginate(g.url, 'tag', `Tagged “${g.name}”`, g.items, config.pageSize));
  const cited = citedPages(
    citedNotArchived(entries.map((e) => ({ link: link(e), featured: e.featured }))),
    config.pageSize,
  );
  const pages = [
    ...['', 'archive/', 'sources/'].map((url) => ({ url, lastmod: site.range?.last ?? null })),
    ...cited.map((c) => ({ url: c.url, lastmod: site.range?.last ?? null })),
    ...entries.map((e) => ({ url: e.url, lastmod: e.date })),
    ...site.lists.map((l) => ({ url: l.url, lastmod: l.items[0]?.date ?? null })),
  ];
  const sitemapParts = splitSitemap(pages, SITEMAP_MAX_URLS);
  return {
    config,
    articles: entries,
    sitemapParts,
    cited,
    chart: monthlyChart(entries),
    ...site,
    sources: [...sources.values()].map(toNamed),
    tags: [...tags.values()].map(toNamed),
  };
}

/** Sitemap files of at most `max` URLs each (the protocol allows 50,000 per file). */
export function splitSitemap(pages: SitemapPart['urls'], max: number): SitemapPart[] {
  return Array.from({ length: Math.max(1, Math.ceil(pages.length / max)) }, (_, i) => ({
    file: `sitemap-${i + 1}.xml`,
    urls: pages.slice(i * max, (i + 1) * max),
  }));
}

/** The neighbours of `keys[i]` (sorted oldest first), labelled. */
function around(
  keys: readonly string[],
  i: number,
  label: (k: string) => string,
  url: (k: string) => string,
) {
  const at = (k: string | undefined) => (k === undefined ? null : { label: label(k), url: url(k) });
  return { older: at(keys[i - 1]), newer: at(keys[i + 1]) };
}

function archives(entries: ArticleEntry[], days: Map<string, ArticleEntry[]>, config: SiteConfig) {
  const size = config.pageSize;
  const monthName = dateWords(config.language).month;
  const lists: ListPage<ArticleEntry>[] = [];
  const years: YearSummary[] = [];
  const byYear = groupBy(entries, (e) => e.date?.slice(0, 4) ?? null);
  const byMonth = groupBy(entries, (e) => e.date?.slice(0, 7) ?? null);
  const byDay = groupBy(entries, (e) => e.date?.slice(0, 10) ?? null);
  const yearUrl = (y: string) => `${y}/`;
  const monthUrl = (key: string) => `${key.slice(0, 4)}/${key.slice(5, 7)}/`;
  const dayUrl = (key: string) => `${key.slice(0, 4)}/${key.slice(5, 7)}/${key.slice(8, 10)}/`;
  const monthLabel = (key: string) => `${monthName(Number(key.slice(5, 7)))} ${key.slice(0, 4)}`;
  const dayLabel = (key: string) => `${Number(key.slice(8, 10))} ${monthLabel(key)}`;
  const yearKeys = [...byYear.keys()];
  const monthKeys = [...byMonth.keys()];
  const dayKeys = [...byDay.keys()];
  for (const [i, year] of [...yearKeys.entries()].reverse()) {
    const items = byYear.get(year)!;
    const months: CalendarCell[] = Array.from({ length: 12 }, (_, m) => {
      const key = `${year}-${String(m + 1).padStart(2, '0')}`;
      const count = byMonth.get(key)?.length ?? 0;
      return { label: monthName(m + 1), count, url: count ? monthUrl(key) : null };
    });
    years.push({ year, url: yearUrl(year), count: items.length, months });
    const nav = {
      crumbs: [],
      grid: null,
      chart: monthlyChart(items),
      ...around(yearKeys, i, (y) => y, yearUrl),
    };
    lists.push(...paginate(yearUrl(year), 'year', year, items, size, months, nav));
  }
  monthKeys.forEach((key, i) => {
    const [y, m] = key.split('-') as [string, string];
    const counts = new Map<number, number>();
    for (const d of dayKeys)
      if (d.startsWith(key)) counts.set(Number(d.slice(8)), byDay.get(d)!.length);
    const nav = {
      crumbs: [{ label: y, url: yearUrl(y) }],
      grid: monthGrid(Number(y), Number(m), counts),
      chart: null,
      ...around(monthKeys, i, monthLabel, monthUrl),
    };
    lists.push(
      ...paginate(monthUrl(key), 'month', monthLabel(key), byMonth.get(key)!, size, null, nav),
    );
  });
  dayKeys.forEach((key, i) => {
    const nav = {
      crumbs: [
        { label: key.slice(0, 4), url: yearUrl(key.slice(0, 4)) },
        { label: monthLabel(key), url: monthUrl(key) },
      ],
      grid: null,
      chart: null,
      ...around(dayKeys, i, dayLabel, dayUrl),
    };
    lists.push(
      ...paginate(dayUrl(key), 'day', dayLabel(key), days.get(dayUrl(key))!, size, null, nav),
    );
  });
  const undated = entries.filter((e) => e.date === null);
  if (undated.length)
    lists.push(...paginate('undated/', 'undated', 'Undated articles', undated, size));
  const dated = entries.filter((e) => e.date !== null);
  return {
    lists,
    years,
    undated: undated.length,
    range: dated.length ? { first: dated[dated.length - 1]!.date!, last: dated[0]!.date! } : null,
  };
}
