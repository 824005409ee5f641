// `npm run search -- "query" [--dir _site] [--limit N] [--json] [--source S] [--from D]
// [--to D] [--sort date]`: answers from a built site's search index (the same files and the
// same query code the browser uses).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSearch } from '../src/search/node.ts';
import { filterHits, present, type Filters } from '../src/search/results.ts';
import type { Segment } from '../src/search/highlight.ts';

const args = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = args[i + 1] ?? '';
  args.splice(i, 2);
  return value;
}
const dir = option('dir', '_site');
const limit = Number(option('limit', '10'));
const filters: Filters = {
  source: option('source', ''),
  from: option('from', ''),
  to: option('to', ''),
  sort: option('sort', 'relevance') === 'date' ? 'date' : 'relevance',
};
const json = args.includes('--json');
const query = args.filter((a) => a !== '--json').join(' ');
if (!query.trim() || !Number.isInteger(limit) || limit < 1) {
  console.error('usage: npm run search -- "query" [--dir _site] [--limit N] [--json]');
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
