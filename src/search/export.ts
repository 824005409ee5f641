// Every match of a query as rows to cite or analyse, in CSV or JSON: the same code in the
// browser (a download built from the index files, so it works from file:// too) and in the
// terminal (`npm run search -- QUERY --csv`). The rows come from the export files `x/<n>.js`
// (EXPORT_PER_FILE documents each, without their bodies), so exporting thousands of matches
// loads a few files, not one document file per match.
import type { SearchEngine } from './engine.ts';
import type { Hit } from './score.ts';

export interface ExportRow {
  title: string;
  date: string | null;
  source: string | null;
  byline: string | null;
  /** The article's page in the archive (absolute when the caller can resolve it). */
  url: string;
  /** Where the text was scraped from, when it printed its address. */
  sourceUrl: string | null;
  /** The input file it was parsed from. */
  sourceFile: string;
  score: number;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'title',
  'date',
  'source',
  'byline',
  'url',
  'sourceUrl',
  'sourceFile',
  'score',
];

/** The rows of `hits`, in their order; `resolve` turns a site-relative URL into a full one. */
export async function exportRows(
  engine: SearchEngine,
  hits: readonly Hit[],
  resolve: (url: string) => string = (url) => url,
): Promise<ExportRow[]> {
  const rows = await Promise.all(hits.map((h) => engine.exportEntry(h.doc)));
  return rows.map(([title, date, source, byline, url, sourceUrl, sourceFile], i) => ({
    title,
    date,
    source,
    byline,
    url: resolve(url),
    sourceUrl,
    sourceFile,
    score: Number(hits[i]!.score.toFixed(6)),
  }));
}

/** A CSV field, quoted when it must be (RFC 4180); a leading =+-@ is prefixed with ' so a
 * spreadsheet shows a headline like "-5 degrees" as text rather than running it as a formula. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function csvTable(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** The rows as CSV, one column per EXPORT_COLUMNS. */
export function toCsv(rows: readonly ExportRow[]): string {
  return csvTable(
    EXPORT_COLUMNS,
    rows.map((r) => EXPORT_COLUMNS.map((c) => r[c])),
  );
}

/** The rows as JSON; `total` counts every match when only some are exported. */
export function toJson(query: string, rows: readonly ExportRow[], total = rows.length): string {
  return `${JSON.stringify({ query, total, results: rows }, null, 1)}\n`;
}
