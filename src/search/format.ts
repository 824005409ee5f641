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
  /** Documents per `d/<n>.js` file: 1 on large archives, every document on small ones. */
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
export const docsKey = (n: number): string => `d/${n}`;
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
