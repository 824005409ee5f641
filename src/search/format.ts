// The files of a built search index and their shapes. Every file is a classic script that
// calls one global function with its key and its data (JSONP), so a page opened from file://
// can load it with a <script> tag; node reads the same files and unwraps the JSON.

/** The global function every data file calls: `newsSearchData("s/3", [...])`. */
export const REGISTER = 'newsSearchData';

export interface Manifest {
  version: 1;
  fields: string[];
  docCount: number;
  /** The first term of each shard, ascending; shard i holds terms in [shards[i], shards[i+1]). */
  shards: string[];
  /** Documents per file: 1 on large archives (`d/<day>-<rank>.js`, see docKeys), every document
   * on small ones (`d/0.js`). */
  docsPerFile: number;
  /** Distinct sources, sorted, for the source filter. */
  sources: string[];
}

/** `[term, lunr _index, per field: 0 or [doc, weight×1000, Δdoc, weight×1000, …]]`. */
export type ShardEntry = [string, number, ...(0 | number[])[]];

/** Per document, for filters and date sort: days since 1970-01-01 (or null), source index (or -1). */
export interface DocTable {
  days: (number | null)[];
  sources: number[];
}

/**
 * The table as `table.js` holds it: each day as the difference from the previous dated
 * document's. The documents come newest first, so most differences are 0 or -1: at 50,000
 * articles the file is a third of the size, and gzip takes it to a few kilobytes, so a chart
 * costs little beyond the query's own shards.
 */
export interface DocTableFile {
  dayDeltas: (number | null)[];
  sources: number[];
}

/** @example encodeTable({ days: [18300, 18299, null], sources: [0, 0, -1] }).dayDeltas // [18300, -1, null] */
export function encodeTable({ days, sources }: DocTable): DocTableFile {
  let previous = 0;
  const dayDeltas = days.map((d) => {
    if (d === null) return null;
    const delta = d - previous;
    previous = d;
    return delta;
  });
  return { dayDeltas, sources };
}

export function decodeTable({ dayDeltas, sources }: DocTableFile): DocTable {
  let day = 0;
  return { days: dayDeltas.map((d) => (d === null ? null : (day += d))), sources };
}

/** Per document, for exports: `[title, date, source, byline, url, sourceUrl, sourceFile]`. */
export type ExportEntry = [
  string,
  string | null,
  string | null,
  string | null,
  string,
  string | null,
  string,
];

/** Documents per export file `x/<n>.js`: a few files hold a large export's rows. */
export const EXPORT_PER_FILE = 1000;

export const fileOf = (key: string): string => `${key}.js`;
export const exportKey = (n: number): string => `x/${n}`;
export const shardKey = (i: number): string => `s/${i}`;
/** The one file of a small archive's documents. */
export const ALL_DOCS = 'd/0';

/**
 * The keys of the documents' own files, from the table's days: the day and the rank among the
 * documents of that day (`u` for the undated). A key by ordinal moved every later document to
 * another file when one article was added or removed: half the index's files rewritten for
 * one new article, too many for a rebuild to publish in place. By day, only that day's later
 * documents move.
 * @example docKeys([18300, 18300, 18299, null]) // ['d/18300-0', 'd/18300-1', 'd/18299-0', 'd/u-0']
 */
export function docKeys(days: readonly (number | null)[]): string[] {
  const seen = new Map<number | null, number>();
  return days.map((day) => {
    const rank = seen.get(day) ?? 0;
    seen.set(day, rank + 1);
    return `d/${day ?? 'u'}-${rank}`;
  });
}
export const MANIFEST = 'manifest';
export const TABLE = 'table';
/** Every term, sorted: loaded only for queries that need the whole vocabulary (fuzzy, `*x`). */
export const VOCABULARY = 'terms';

export function wrapData(key: string, data: unknown): string {
  return wrapJson(key, JSON.stringify(data));
}

/** Like wrapData, for data already serialised. */
export function wrapJson(key: string, json: string): string {
  return `${REGISTER}(${JSON.stringify(key)},${json});\n`;
}

/** Reads a file written by wrapData (node side). */
export function unwrapData(text: string): unknown {
  const open = text.indexOf(',');
  const close = text.lastIndexOf(')');
  if (!text.startsWith(`${REGISTER}(`) || open < 0 || close < open) {
    throw new Error('not a search data file');
  }
  return JSON.parse(text.slice(open + 1, close));
}

/** Days since 1970-01-01 of an ISO date's day (`2020-02-17…`), or null. */
export function dayNumber(iso: string | null): number | null {
  if (iso === null || !/^\d{4}-\d\d-\d\d/.test(iso)) return null;
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Number.isNaN(t) ? null : Math.round(t / 86400e3);
}
