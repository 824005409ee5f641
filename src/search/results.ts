// From ranked hits to what a reader sees, shared by the page and the terminal: the source and
// date filters and the date sort (which need the small per-document table, loaded only then),
// and each shown result's title and snippet with the matched words marked.
import { dayNumber } from './format.ts';
import type { Highlighter, Segment } from './highlight.ts';
import type { SearchEngine } from './engine.ts';
import type { Hit } from './score.ts';

export interface Filters {
  /** A source name, or '' for all. */
  source: string;
  /** ISO days (`YYYY-MM-DD`), or '' for open-ended. */
  from: string;
  to: string;
  sort: 'relevance' | 'date';
}

export interface Shown {
  ref: string;
  url: string;
  score: number;
  date: string | null;
  /** As the site shows it (`17 Feb 2020`). */
  shownDate: string | null;
  source: string | null;
  byline: string | null;
  title: Segment[];
  snippet: Segment[];
}

/** Keeps the hits the filters allow; with sort = date, newest first (undated last, stable). */
export async function filterHits(
  engine: SearchEngine,
  hits: Hit[],
  filters: Filters,
): Promise<Hit[]> {
  if (!filters.source && !filters.from && !filters.to && filters.sort !== 'date') return hits;
  const table = await engine.docTable();
  // An unknown source matches nothing (not the documents without one, whose index is -1).
  const source = filters.source ? engine.manifest.sources.indexOf(filters.source) : null;
  if (source === -1) return [];
  const from = dayNumber(filters.from) ?? -Infinity;
  const to = dayNumber(filters.to) ?? Infinity;
  const dated = filters.from !== '' || filters.to !== '';
  const kept = hits.filter((h) => {
    if (source !== null && table.sources[h.doc] !== source) return false;
    const day = table.days[h.doc] ?? null;
    if (dated && (day === null || day < from || day > to)) return false;
    return true;
  });
  if (filters.sort === 'date') {
    const day = (h: Hit) => table.days[h.doc] ?? -Infinity;
    kept.sort((a, b) => day(b) - day(a) || 0);
  }
  return kept;
}

export function present(
  engine: SearchEngine,
  highlighter: Highlighter,
  hits: Hit[],
): Promise<Shown[]> {
  return Promise.all(presentEach(engine, highlighter, hits));
}

/** Each hit as it will be shown, ready as soon as its own document has loaded. */
export function presentEach(
  engine: SearchEngine,
  highlighter: Highlighter,
  hits: Hit[],
): Promise<Shown>[] {
  return hits.map(async (h) => {
    const d = await engine.doc(h.doc);
    return {
      ref: d.ref,
      url: d.url,
      score: h.score,
      date: d.date,
      shownDate: d.shownDate,
      source: d.source,
      byline: d.byline,
      title: highlighter.mark(d.title, 'title', h.matches),
      snippet: highlighter.snippet(d.body, 'body', h.matches),
    };
  });
}
