// `npm run search -- "query" [--dir _site] [--limit N] [--json] [--source S] [--from D]
// [--to D] [--sort date]` (`--help` lists them): answers from a built site's search index (the same files and the
// same query code the browser uses).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OptionSpecs } from '../src/cli/args.ts';
import { commandLine } from '../src/cli/command-line.ts';
import { openSearch } from '../src/search/node.ts';
import { filterHits, present, type Filters } from '../src/search/results.ts';
import type { Segment } from '../src/search/highlight.ts';

const OPTIONS = {
  dir: { type: 'string', value: 'DIR', help: 'the built site (default _site)' },
  limit: { type: 'integer', min: 1, help: 'results to show (default 10)' },
  json: { type: 'boolean', help: 'print the results as JSON' },
  source: { type: 'string', value: 'NAME', help: 'only articles from this source' },
  from: { type: 'string', value: 'YYYY-MM-DD', help: 'only articles from this date on' },
  to: { type: 'string', value: 'YYYY-MM-DD', help: 'only articles up to this date' },
  sort: { type: 'string', value: 'relevance|date', help: 'order of the results' },
  help: { type: 'boolean', help: 'print this help' },
} as const satisfies OptionSpecs;
const USAGE = 'npm run search -- "query" [options]';

const { options, positionals } = commandLine(USAGE, OPTIONS);
const dir = options.dir ?? '_site';
const limit = options.limit ?? 10;
if (options.sort !== undefined && options.sort !== 'relevance' && options.sort !== 'date') {
  console.error(`--sort must be relevance or date, got ${JSON.stringify(options.sort)}`);
  process.exit(2);
}
const filters: Filters = {
  source: options.source ?? '',
  from: options.from ?? '',
  to: options.to ?? '',
  sort: options.sort === 'date' ? 'date' : 'relevance',
};
const json = options.json ?? false;
const query = positionals.join(' ');
if (!query.trim()) {
  console.error(`usage: ${USAGE} (--help lists the options)`);
  process.exit(2);
}
const index = [join(dir, 'search'), dir].find((d) => existsSync(join(d, 'manifest.js')));
if (!index) {
  console.error(`no search index in ${dir} (nor ${join(dir, 'search')}): run npm run build`);
  process.exit(2);
}

const { engine, highlighter } = await openSearch(index);
let hits;
try {
  hits = await filterHits(engine, await engine.search(query), filters);
} catch (e) {
  console.error(`bad query: ${(e as Error).message}`);
  process.exit(2);
}
const shown = await present(engine, highlighter, hits.slice(0, limit));
if (json) {
  const text = (segs: Segment[]) => segs.map((s) => s.text).join('');
  const marks = (segs: Segment[]) => segs.filter((s) => s.mark).map((s) => s.text);
  const out = shown.map((r) => ({
    ...r,
    title: text(r.title),
    snippet: text(r.snippet),
    marked: [...new Set([...marks(r.title), ...marks(r.snippet)])],
  }));
  console.log(JSON.stringify({ query, total: hits.length, results: out }, null, 1));
} else {
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
