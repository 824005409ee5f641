// The search page's research tools in real Chromium, from file:// (no server), on a generated
// archive of 400 articles over six years: the chart of matches over time and its table equal
// what the terminal's code counts, choosing a bar filters the results to its period, two
// queries compared from the URL, every match downloaded as CSV; screenshots at phone and
// desktop widths kept in test-artifacts/research/, and axe finds no serious or critical issue.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { writeCorpus } from '../../scripts/lib/corpus.ts';
import { coverage } from '../../src/search/coverage.ts';
import { openSearch } from '../../src/search/node.ts';
import { timelineTable } from '../../src/search/timeline.ts';
import { assertAccessible, launchChromium } from '../support/browser.ts';
import { buildInTemp } from '../support/site-build.ts';
import { tempDir } from '../support/temp.ts';

const ARTIFACTS = 'test-artifacts/research';
let browser: Browser;
let site: string;

before(async () => {
  const input = tempDir('research-in-');
  writeCorpus(input, 400, 11);
  site = (await buildInTemp(['--input', input, '--index-links'])).dir;
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

const searchPage = (query: string) =>
  `${pathToFileURL(join(site, 'search', 'index.html')).href}?${query}`;

async function open(query: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(searchPage(query));
  const queries = new URLSearchParams(query).getAll('q');
  await page.waitForSelector(`#search-coverage[data-query="${queries.join(' | ')}"]:not([hidden])`);
  assert.deepEqual(errors, []);
  return page;
}

/** The chart's table as the page shows it: header, then rows of texts. */
async function shownTable(page: Page): Promise<string[][]> {
  return page
    .locator('#coverage-table tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())),
    );
}

/** The same table from the terminal's side: the same index files read by node. */
async function expectedTable(queries: string[]): Promise<string[][]> {
  const { engine } = await openSearch(join(site, 'search'));
  const hits = await Promise.all(queries.map((q) => engine.search(q)));
  const c = coverage(
    await engine.docTable(),
    hits.map((h) => h.map((x) => x.doc)),
  );
  const t = timelineTable(c, queries, engine.manifest.sources, queries.length === 1);
  return [t.header, ...t.rows.map((r) => r.map(String))];
}

test('the chart and its table count what the terminal counts; a bar filters to its period', async () => {
  const page = await open('q=government');
  const table = await shownTable(page);
  assert.deepEqual(table, await expectedTable(['government']));
  const bars = page.locator('#coverage-chart .bar');
  assert.equal(await bars.count(), table.length - 2); // less the header and undated rows
  const status = await page.locator('#search-status').textContent();
  const total = Number(status!.match(/^(\d+) results?/)![1]);
  const sum = table.slice(1).reduce((n, r) => n + r.slice(1).reduce((m, c) => m + Number(c), 0), 0);
  assert.equal(sum, total);

  for (const [name, width] of [
    ['phone', 390],
    ['desktop', 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.locator('#search-coverage').scrollIntoViewIfNeeded();
    await page
      .locator('#search-coverage')
      .screenshot({ path: join(ARTIFACTS, `chart-${name}.png`) });
    // The chart fits the page: no sideways scrolling at phone width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `${name}: the page scrolls sideways by ${overflow}px`);
  }
  await assertAccessible(page, 'search page with the chart');

  // The busiest period, chosen with the keyboard: the results are that period's matches.
  const rows = table.slice(1, -1).map((r) => r.slice(1).reduce((m, c) => m + Number(c), 0));
  const busiest = rows.indexOf(Math.max(...rows));
  await bars.last().focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < busiest; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
  await page.waitForFunction(
    (n) => document.querySelector('#search-status')?.textContent?.startsWith(`${n} result`),
    rows[busiest],
  );
});

test('two queries compared from the URL: one series each, each with its total', async () => {
  const page = await open('q=oil&q=museum');
  assert.deepEqual(
    await page
      .locator('#search-compare .compare-q')
      .evaluateAll((i) => i.map((x) => (x as HTMLInputElement).value)),
    ['museum'],
  );
  assert.deepEqual(await page.locator('#coverage-legend li').allTextContents(), ['oil', 'museum']);
  assert.deepEqual(await shownTable(page), await expectedTable(['oil', 'museum']));
  assert.match(
    (await page.locator('#coverage-note').textContent())!,
    /oil: \d+ match(es)?, museum: \d+ match/,
  );
  await page
    .locator('#search-coverage')
    .screenshot({ path: join(ARTIFACTS, 'compare-desktop.png') });
  await assertAccessible(page, 'search page comparing two queries');
  // A period clicked with the mouse: both queries are then counted in that period only.
  const first = (await shownTable(page))[1]![0]!;
  await page.locator('#coverage-chart .bar').first().click();
  await page.waitForURL(/[?&]from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
  await page.waitForFunction(
    (p) => document.querySelector('#coverage-table tbody th')?.textContent?.startsWith(`${p}-`),
    first,
  );
  assert.deepEqual(new URL(page.url()).searchParams.getAll('q'), ['oil', 'museum']);
});

test('every match downloads as CSV from file://', async () => {
  const page = await open('q=minister');
  const status = await page.locator('#search-status').textContent();
  const total = Number(status!.match(/^(\d+) results?/)![1]);
  assert.ok(total > 10, 'more matches than one page of results');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.equal(download.suggestedFilename(), 'matches-minister.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines[0], 'title,date,source,byline,url,sourceUrl,sourceFile,score');
  assert.equal(lines.length, total + 1);
  assert.ok(
    lines.slice(1).every((l) => l.includes('file://')),
    'each row cites its page',
  );
});
