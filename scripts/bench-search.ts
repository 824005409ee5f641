// `npm run bench:search [-- --articles 10000] [--no-lunr]`: generates an archive, builds the whole site
// (search included) and, beside it, one unsharded lunr index with positions over the same
// articles. Prints the index sizes on disk (raw and gzipped), build time and peak memory, then
// in Chromium, per one- and two-word query from a cold cache: bytes transferred before the
// first results show (gzipped, as a static host serves them) and time to first results; and
// for the sharded index the time from a keystroke to new results: a second word pasted at once,
// and a word typed one character at a time; then the chart of matches over time (coverage.ts):
// its time from the date/source table's arrival to the drawn bars, and the bytes fetched once
// it is drawn (the table included). Same run, same machine.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/support/browser.ts';
import { writeCorpus } from './lib/corpus.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const n = Number(arg('articles', '10000'));
const root = join('bench-out', `search-${n}`);
const input = join(root, 'input');
// Every build below starts from an empty folder (removing an earlier run's is not timed).
rmSync(root, { recursive: true, force: true });
const mb = writeCorpus(input, n).reduce((s, d) => s + d.text.length, 0) / 1e6;
console.log(`generated ${n} articles, ${mb.toFixed(1)} MB, in ${root}/`);

const child = (script: string, ...args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    })
      .trim()
      .split('\n')
      .pop()!,
  ) as { ms: number; maxRssMiB: number; timings?: Record<string, number> };
const site = child('scripts/lib/bench-child.ts', 'pipeline', input, join(root, 'site'));
const sharded = child('scripts/lib/bench-index-child.ts', 'sharded', input, join(root, 'sharded'));
// `--no-lunr` leaves out the one-index comparison (at 50,000 articles it needs about 12 GiB).
const withLunr = !process.argv.includes('--no-lunr');
const plain = withLunr
  ? child('scripts/lib/bench-index-child.ts', 'lunr', input, join(root, 'lunr'))
  : null;

// Sizes on disk, raw and gzipped; gzip sizes are also what the server below counts.
const gz = new Map<string, number>();
const gzSize = (file: string) =>
  gz.get(file) ?? gz.set(file, gzipSync(readFileSync(file)).length).get(file)!;
const sizeOf = (dir: string) => {
  let raw = 0;
  let zipped = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, f);
    if (!statSync(path).isFile() || f.endsWith('.html')) continue;
    raw += statSync(path).size;
    zipped += gzSize(path);
    files++;
  }
  return { raw, zipped, files };
};
const shardedSize = sizeOf(join(root, 'site', 'search'));
const lunrSize = plain ? sizeOf(join(root, 'lunr')) : null;

// A static host: directory URLs serve index.html; every response is counted at its gzip size.
let transferred = 0;
let requests = 0;
/** Of which the site's web fonts (cached by the browser once any page of the site is seen). */
let fontBytes = 0;
const server = createServer((req, res) => {
  let file = join(
    root,
    normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)),
  );
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const body = readFileSync(file);
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[
      extname(file)
    ];
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
    res.end(body);
    // Counted after the response is on its way: gzipping is the measurement, not the host.
    transferred += gzSize(file);
    if (file.endsWith('.woff2')) fontBytes += gzSize(file);
    requests++;
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const QUERIES = [
  'government',
  'oil',
  'museum',
  'flood',
  'oil prices',
  'storm damage',
  'health minister',
];
/** The word typed after each query, one character at a time. */
const TYPED = 'water';
const browser = await launchChromium();
interface Row {
  query: string;
  kb: number;
  requests: number;
  ms: number;
  keystrokeMs?: number;
  keystrokeFirstMs?: number;
  typedMedianMs?: number;
  typedMaxMs?: number;
  hits: number;
  /** Every match of the query, and the chart's time and the bytes fetched once it is drawn. */
  total?: number;
  chartMs?: number;
  chartKb?: number;
  fontKb?: number;
}
const rows: { sharded: Row; lunr: Row | null }[] = [];
for (const query of QUERIES) {
  const q = encodeURIComponent(query);
  // Sharded: the site's own search page, cold cache, then a keystroke to the next query.
  let context = await browser.newContext();
  let page = await context.newPage();
  transferred = requests = fontBytes = 0;
  await page.goto(`${base}site/search/?q=${q}`);
  await page.waitForSelector(`#search-results[data-state="done"][data-query="${query}"]`, {
    timeout: 120_000,
  });
  const s: Row = {
    query,
    kb: transferred / 1024,
    requests,
    ms: await page.evaluate(() => performance.now()),
    hits: await page.locator('#search-results > li').count(),
  };
  await page.waitForSelector(`#search-coverage[data-query="${query}"]`, { timeout: 120_000 });
  s.total = Number(
    (await page.locator('#search-status').textContent())!.match(/^(\d+) result/)?.[1] ?? 0,
  );
  s.chartMs = (await page.evaluate(
    `performance.getEntriesByName('news-archive:chart').at(-1).duration`,
  )) as number;
  s.chartKb = transferred / 1024;
  s.fontKb = fontBytes / 1024;
  const next = `${query} bridge`;
  // A string, not a function: tsx's transform would add helpers the page does not have.
  // Results appear one by one as their documents load: the time to the first new one, and to
  // the whole page (data-state="done").
  [s.keystrokeFirstMs, s.keystrokeMs] = (await page.evaluate(`new Promise((resolve) => {
    const box = document.getElementById('search-q');
    const results = document.getElementById('search-results');
    const q2 = ${JSON.stringify(next)};
    const before = results.firstElementChild;
    let first = null;
    const t = performance.now();
    box.value = q2;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    (function check() {
      if (first === null && results.firstElementChild !== before) first = performance.now() - t;
      if (results.dataset.query === q2 && results.dataset.state === 'done') {
        const done = performance.now() - t;
        resolve([first ?? done, done]);
      } else requestAnimationFrame(check);
    })();
  })`)) as [number, number];
  // As a reader types: a second word one character at a time, each keystroke timed until the
  // whole page of results for that text is shown, with a typist's pause between keystrokes.
  const typed = (await page.evaluate(`(async () => {
    const box = document.getElementById('search-q');
    const results = document.getElementById('search-results');
    const word = ${JSON.stringify(` ${TYPED}`)};
    const times = [];
    let text = ${JSON.stringify(query)};
    for (const ch of word) {
      text += ch;
      const t = performance.now();
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const q = text.trim();
      await new Promise((resolve) => (function check() {
        if (results.dataset.query === q && results.dataset.state === 'done') resolve();
        else requestAnimationFrame(check);
      })());
      times.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
    return times;
  })()`)) as number[];
  typed.sort((a, b) => a - b);
  s.typedMedianMs = typed[Math.floor(typed.length / 2)]!;
  s.typedMaxMs = typed[typed.length - 1]!;
  await context.close();
  if (!plain) {
    rows.push({ sharded: s, lunr: null });
    continue;
  }
  // Unsharded: one lunr index loaded whole.
  context = await browser.newContext();
  page = await context.newPage();
  transferred = requests = 0;
  await page.goto(`${base}lunr/index.html?q=${q}`, { timeout: 600_000 });
  await page.waitForSelector('body[data-done]', { timeout: 600_000 });
  const l: Row = {
    query,
    kb: transferred / 1024,
    requests,
    ms: await page.evaluate(() => performance.now()),
    hits: Number(await page.evaluate(() => document.body.dataset.done)),
  };
  await context.close();
  rows.push({ sharded: s, lunr: l });
}
await browser.close();
server.close();

const MiB = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;
console.log(
  `\nwhole site build (parse, render, search index): ${(site.ms / 1000).toFixed(1)} s, peak ${site.maxRssMiB.toFixed(0)} MiB`,
);
console.log(
  `  the search index step took ${((site.timings?.['index (beside)'] ?? 0) / 1000).toFixed(1)} s in a thread beside the site data and rendering; the build waited ${((site.timings?.['after render'] ?? 0) / 1000).toFixed(1)} s for it after rendering\n`,
);
console.log('index               build    peak RSS   on disk       gzipped     files');
const line = (label: string, b: { ms: number; maxRssMiB: number }, z: ReturnType<typeof sizeOf>) =>
  console.log(
    `${label.padEnd(18)} ${(b.ms / 1000).toFixed(1).padStart(5)} s ${b.maxRssMiB.toFixed(0).padStart(7)} MiB ${MiB(z.raw).padStart(11)} ${MiB(z.zipped).padStart(11)} ${String(z.files).padStart(8)}`,
  );
line('sharded (ours)', sharded, shardedSize);
if (plain && lunrSize) line('one lunr index', plain, lunrSize);
console.log(
  '\ncold query          sharded: KB gz  reqs  first results  + " bridge": 1st / all  typing " water": median / max  |  one lunr index: KB gz  first results',
);
for (const { sharded: s, lunr: l } of rows)
  console.log(
    `${JSON.stringify(s.query).padEnd(18)} ${s.kb.toFixed(0).padStart(13)} ${String(s.requests).padStart(5)} ${s.ms.toFixed(0).padStart(11)} ms ${s.keystrokeFirstMs!.toFixed(0).padStart(10)} / ${s.keystrokeMs!.toFixed(0).padStart(3)} ms ${s.typedMedianMs!.toFixed(0).padStart(20)} / ${s.typedMaxMs!.toFixed(0).padStart(3)} ms  | ${l ? `${l.kb.toFixed(0).padStart(17)} ${l.ms.toFixed(0).padStart(11)} ms` : '(not measured)'}${s.hits && (!l || l.hits) ? '' : '  (no hits)'}`,
  );
console.log(
  '\n(sharded KB count every file the search page loads: HTML, CSS, scripts, manifest, shards, documents)',
);
const table = join(root, 'site', 'search', 'table.js');
console.log(
  `\nchart of matches over time (date/source table.js: ${(statSync(table).size / 1024).toFixed(0)} KB, ${(gzSize(table) / 1024).toFixed(0)} KB gz)`,
);
console.log(
  'query               matches  of docs   chart drawn in   KB gz fetched with the chart (without the fonts)',
);
for (const { sharded: s } of rows)
  console.log(
    `${JSON.stringify(s.query).padEnd(18)} ${String(s.total).padStart(8)} ${`${((100 * s.total!) / n).toFixed(0)} %`.padStart(8)} ${s.chartMs!.toFixed(1).padStart(13)} ms ${s.chartKb!.toFixed(0).padStart(12)} (${(s.chartKb! - s.fontKb!).toFixed(0)})`,
  );
