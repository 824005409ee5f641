// `npm run search -- "query" [--dir _site] [--limit N] [--source S] [--from D] [--to D]
// [--sort date]` (`--help` lists them): answers from a built site's search index, with the
// same files and the same query code the browser uses. `--json` and `--csv` export every
// match (or the first --limit); `--timeline [PERIOD]` counts the matches per period instead
// (`--by source`: per source), as the search page's chart does.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OptionSpecs } from '../src/cli/args.ts';
import { commandLine } from '../src/cli/command-line.ts';
import { openSearch } from '../src/search/node.ts';
import { filterHits, present, type Filters } from '../src/search/results.ts';
import type { Segment } from '../src/search/highlight.ts';
import { coverage, PERIODS, type Period } from '../src/search/coverage.ts';
import { csvTable, exportRows, toCsv, toJson } from '../src/search/export.ts';
import { timelineTable } from '../src/search/timeline.ts';

const OPTIONS = {
  dir: { type: 'string', value: 'DIR', help: 'the built site (default _site)' },
  limit: { type: 'integer', min: 1, help: 'results to show (default 10)' },
  json: { type: 'boolean', help: 'every match (or the first --limit) as JSON' },
  csv: { type: 'boolean', help: 'every match (or the first --limit) as CSV' },
  timeline: {
    type: 'string',
    value: 'day|week|month|year|auto',
    help: 'matches per period instead of the matches',
  },
  by: { type: 'string', value: 'source', help: 'with --timeline: a column per source' },
  source: { type: 'string', value: 'NAME', help: 'only articles from this source' },
  from: { type: 'string', value: 'YYYY-MM-DD', help: 'only articles from this date on' },
  to: { type: 'string', value: 'YYYY-MM-DD', help: 'only articles up to this date' },
  sort: { type: 'string', value: 'relevance|date', help: 'order of the results' },
  help: { type: 'boolean', help: 'print this help' },
} as const satisfies OptionSpecs;
const USAGE = 'npm run search -- "query" [options]';

const { options, positionals } = commandLine(USAGE, OPTIONS);
const dir = options.dir ?? '_site';
const refuse: (message: string) => never = (message) => {
  console.error(message);
  process.exit(2);
};
const timeline = options.timeline;
if (timeline !== undefined && timeline !== 'auto' && !PERIODS.includes(timeline as Period))
  refuse(`--timeline must be ${PERIODS.join(', ')} or auto, got ${JSON.stringify(timeline)}`);
if (options.by !== undefined && options.by !== 'source')
  refuse(`--by must be source, got ${JSON.stringify(options.by)}`);
if (options.by !== undefined && timeline === undefined) refuse('--by needs --timeline');
if (options.json && options.csv) refuse('choose one of --json and --csv');
if (options.sort !== undefined && options.sort !== 'relevance' && options.sort !== 'date')
  refuse(`--sort must be relevance or date, got ${JSON.stringify(options.sort)}`);
const filters: Filters = {
  source: options.source ?? '',
  from: options.from ?? '',
  to: options.to ?? '',
  sort: options.sort === 'date' ? 'date' : 'relevance',
};
const query = positionals.join(' ');
if (!query.trim()) refuse(`usage: ${USAGE} (--help lists the options)`);
const index = [join(dir, 'search'), dir].find((d) => existsSync(join(d, 'manifest.js')));
if (!index) refuse(`no search index in ${dir} (nor ${join(dir, 'search')}): run npm run build`);

const { engine, highlighter } = await openSearch(index);
let hits;
try {
  hits = await filterHits(engine, await engine.search(query), filters);
} catch (e) {
  console.error(`bad query: ${(e as Error).message}`);
  process.exit(2);
}
if (timeline !== undefined) {
  const c = coverage(
    await engine.docTable(),
    [hits.map((h) => h.doc)],
    timeline === 'auto' ? undefined : (timeline as Period),
  );
  const t = timelineTable(c, [query], engine.manifest.sources, options.by === 'source');
  if (options.csv) process.stdout.write(csvTable(t.header, t.rows));
  else if (options.json)
    console.log(JSON.stringify({ query, total: hits.length, period: c.period, ...t }, null, 1));
  else {
    const widths = t.header.map((h, i) =>
      Math.max(h.length, ...t.rows.map((r) => String(r[i]).length)),
    );
    const line = (cells: readonly (string | number)[]) =>
      cells
        .map((v, i) => (i === 0 ? String(v).padEnd(widths[i]!) : String(v).padStart(widths[i]!)))
        .join('  ');
    console.log(
      `${hits.length} result${hits.length === 1 ? '' : 's'} for ${query}, by ${c.period}`,
    );
    console.log(line(t.header));
    for (const r of t.rows) console.log(line(r));
  }
} else if (options.json || options.csv) {
  const rows = await exportRows(engine, options.limit ? hits.slice(0, options.limit) : hits);
  process.stdout.write(options.csv ? toCsv(rows) : toJson(query, rows, hits.length));
} else {
  const shown = await present(engine, highlighter, hits.slice(0, options.limit ?? 10));
  const tty = process.stdout.isTTY;
  const show = (segs: Segment[]) =>
    segs
      .map((s) => (!s.mark ? s.text : tty ? `\x1b[1;33m${s.text}\x1b[0m` : `[${s.text}]`))
      .join('')
      .replace(/\s+/g, ' ');
  console.log(`${hits.length} result${hits.length === 1 ? '' : 's'} for ${query}`);
  shown.forEach((r, i) => {
    const meta = [r.shownDate, r.source, r.score.toFixed(3)].filter(Boolean).join(' · ');
    console.log(`\n${i + 1}. ${show(r.title)}\n   ${meta}\n   ${r.url}\n   ${show(r.snippet)}`);
  });
}
