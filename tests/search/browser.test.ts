// Search on the seeds site in real Chromium, over http (with the site's CSP) and from file://:
// results with highlighted snippets as you type, the query in the URL, filters and sorting.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { buildInTemp } from '../support/site-build.ts';

let browser: Browser;
let server: StaticServer;
let siteDir: string;
const consoleErrors: string[] = [];

before(async () => {
  siteDir = (await buildInTemp()).dir;
  server = await serveStatic(siteDir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  return page;
}

/** Waits until the results shown are those of `query`. */
async function results(page: Page, query: string) {
  await page.waitForSelector(`#search-results[data-state="done"][data-query="${query}"]`);
  const items = page.locator('#search-results > li');
  return {
    titles: await items.locator('a').allTextContents(),
    hrefs: await items
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')),
    marks: (await page.locator('#search-results mark').allTextContents()).map((m) =>
      m.toLowerCase(),
    ),
  };
}

test('over http: results as you type, highlighted, and the query in the URL', async () => {
  const page = await openPage();
  await page.goto(`${server.url}search/`);
  await page.locator('#search-q').fill('aleppo');
  const r = await results(page, 'aleppo');
  assert.equal(r.titles.length, 4);
  assert.ok(r.titles.some((t) => t.startsWith('Aleppo Liberation Shows West Support')));
  assert.ok(r.marks.length >= 4 && r.marks.every((m) => m.startsWith('aleppo')));
  await page.waitForURL(/[?&]q=aleppo\b/); // updated once the results are painted
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
    [],
  );

  // The header's search box on any page lands here with the query.
  await page.goto(server.url);
  await page.locator('#site-search-q').fill('palmyra');
  await page.locator('#site-search-q').press('Enter');
  const p = await results(page, 'palmyra');
  assert.deepEqual(p.titles, [
    'Iran Defense Minister Calls on Syria to Intensify Fight against ISIS',
  ]);
  // Dated as the site's lists date articles, machine-readable in the datetime attribute.
  const time = page.locator('#search-results .search-meta time');
  assert.equal(await time.textContent(), '29 March 2016');
  assert.match((await time.getAttribute('datetime')) ?? '', /^2016-03-29/);
  await page.locator('#search-results a').first().click();
  await page.waitForURL(/\/2016\/03\/29\/iran-defense-minister/);
  assert.deepEqual(consoleErrors, []);
});

test('filters by source and date range, sorts by date, and a shared URL runs the search', async () => {
  const page = await openPage();
  await page.goto(`${server.url}search/?q=syria&sort=date`);
  const byDate = await results(page, 'syria');
  assert.ok(byDate.titles.length >= 4);
  assert.match(byDate.titles[0]!, /^Larijani Reiterated/); // 2020, the newest
  assert.match(byDate.titles[1]!, /^Iran Defense Minister/); // 2016

  await page.locator('#search-source').selectOption('SANA');
  await page.waitForURL(/source=SANA/);
  const sana = await results(page, 'syria');
  assert.deepEqual(sana.titles, [
    'President al-Assad: Liberation of Aleppo is a relapse for terrorism-backing countries',
  ]);

  await page.goto(`${server.url}search/?q=syria&from=2020-01-01&to=2020-12-31`);
  const in2020 = await results(page, 'syria');
  assert.deepEqual(in2020.titles.length, 1);
  assert.match(in2020.titles[0]!, /^Larijani Reiterated/);
});

test('from file:// (no server, no fetch) the same search works and links open index.html', async () => {
  const page = await openPage();
  await page.goto(`${pathToFileURL(join(siteDir, 'search', 'index.html')).href}?q=aleppo`);
  const r = await results(page, 'aleppo');
  assert.equal(r.titles.length, 4);
  assert.ok(r.marks.length >= 4);
  assert.ok(r.hrefs.every((h) => h.endsWith('/index.html')));
  await page.locator('#search-results a').first().click();
  await page.waitForURL(/index\.html$/);
  assert.match((await page.locator('h1').textContent()) ?? '', /Aleppo/);
});
