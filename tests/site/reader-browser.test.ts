// What a reader sees, in real Chromium, on the hand-made archive of tests/support/
// reader-archive.ts: an article with its outlet, byline and dateline; a featured story that
// links into the archive and one that leads to a search for it; the page of stories cited but
// not archived; an Arabic article laid out right to left. Each at phone and desktop widths, in
// light and dark, screenshots kept in test-artifacts/reader/, and axe finds no serious or
// critical issue.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { assertAccessible as axeCheck, launchChromium } from '../support/browser.ts';
import { writeReaderArchive } from '../support/reader-archive.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { buildInTemp } from '../support/site-build.ts';

const ARTIFACTS = 'test-artifacts/reader';
const WIDTHS = [
  ['phone', 390, 844],
  ['desktop', 1280, 900],
] as const;
const SCHEMES = ['light', 'dark'] as const;

let browser: Browser;
let server: StaticServer;
let page: Page;
let urls: Record<string, string>;

before(async () => {
  const input = writeReaderArchive();
  const { dir, result } = await buildInTemp(['--input', input]);
  rmSync(input, { recursive: true, force: true });
  urls = Object.fromEntries(result.data.articles.map((e) => [e.article.sourceFile, e.url]));
  server = await serveStatic(dir);
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const assertAccessible = (label: string) => axeCheck(page, label);

/** Opens `path` at every width and scheme: a screenshot and an axe check of each. */
async function everyWay(name: string, path: string, check?: () => Promise<void>): Promise<void> {
  for (const [width, w, h] of WIDTHS)
    for (const scheme of SCHEMES) {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.url}${path}`);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}-${scheme}.png`) });
      await assertAccessible(`${name} ${width} ${scheme}`);
      await check?.();
    }
}

test('an article says where it came from; its dateline is shown once', async () => {
  await everyWay('article', urls['budget.txt']!, async () => {
    const meta = page.locator('article header .meta');
    assert.equal(await meta.innerText(), 'Daily Planet · By Lois Lane · 17 February 2020, 08:43');
    assert.match(
      await page.locator('.provenance').innerText(),
      /^Original article at dailyplanet\.example · Source text/,
    );
    const shown = `${await page.locator('article header').innerText()}\n${await page.locator('.body').innerText()}`;
    assert.equal(shown.split('METROPOLIS').length - 1, 1, 'the dateline once');
    assert.equal(await page.locator('.body .dateline').innerText(), 'METROPOLIS --');
  });
});

test('a featured story in the archive links to it; one that is not leads to a search', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}${urls['budget.txt']}`);
  const sidebar = page.locator('section.featured');
  // Folded: eight shown, the rest behind "Show 2 more".
  assert.equal(await sidebar.locator('li:visible').count(), 8);
  await sidebar.getByText('Show 2 more (all 10)').click();
  assert.equal(await sidebar.locator('li:visible').count(), 10);
  await sidebar.getByRole('link', { name: 'Bridge repairs to start in the spring' }).click();
  await page.waitForURL(new RegExp(urls['bridge.txt']!));
  assert.equal(await page.locator('h1').innerText(), 'Bridge repairs to start in the spring');

  await page.goBack();
  const item = sidebar.locator('li', { hasText: 'Storm closes the northern ferry route' });
  assert.match(await item.innerText(), /Not in this archive · search for it/);
  await item.getByRole('link', { name: 'search for it' }).click();
  await page.waitForURL(/\/search\/\?q=/);
  assert.equal(
    await page.locator('#search-q').inputValue(),
    '"Storm closes the northern ferry route"',
  );
});

test('the stories cited but not archived, with the articles citing them', async () => {
  await everyWay('cited', 'cited/', async () => {
    assert.equal(await page.locator('.cited-list > li').count(), 9);
    const first = page.locator('.cited-list > li').first();
    assert.match(await first.innerText(), /Cited by 1 article/);
    assert.equal(
      await first.locator('.citing a').innerText(),
      'Council approves the harbour budget',
    );
  });
});

test('an Arabic article is laid out right to left', async () => {
  await everyWay('arabic', urls['arabic.txt']!, async () => {
    const article = page.locator('article');
    assert.equal(await article.getAttribute('lang'), 'ar');
    assert.equal(await article.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    // The site's own words around it stay left to right.
    assert.equal(
      await page.locator('.site-header').evaluate((el) => getComputedStyle(el).direction),
      'ltr',
    );
  });
});

test('an unknown address offers a search for its last part', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}2020/02/17/harbour-budget-approved/`);
  assert.equal(await page.locator('h1').innerText(), 'Page not found');
  assert.equal(await page.locator('#not-found-q').inputValue(), 'harbour budget approved');
  await page.screenshot({ path: join(ARTIFACTS, 'not-found-phone-light.png') });
  await assertAccessible('404');
  await page.locator('.not-found-search button').click();
  await page.waitForURL(/\/search\/\?q=harbour\+budget\+approved/);
});

test('a month calendar leads to its days; a day page leads back up and to its neighbours', async () => {
  await everyWay('month', '2020/02/', async () => {
    const days = page.getByRole('navigation', { name: 'Days' });
    assert.equal(await days.locator('th').count(), 7);
    assert.equal(await days.getByRole('link').count(), 2);
  });
  await page
    .getByRole('navigation', { name: 'Days' })
    .getByRole('link', { name: '17: 1 article' })
    .click();
  await page.waitForURL(/\/2020\/02\/17\/$/);
  await everyWay('day', '2020/02/17/');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  assert.deepEqual(await crumbs.locator('li').allTextContents(), [
    'Archive',
    '2020',
    'February 2020',
    '17 February 2020',
  ]);
  await page.getByRole('link', { name: /Older 16 February 2020/ }).click();
  await page.waitForURL(/\/2020\/02\/16\/$/);
  await crumbs.getByRole('link', { name: 'February 2020' }).click();
  await page.waitForURL(/\/2020\/02\/$/);
});

test('the home page and its chart', async () => {
  await everyWay('home', '', async () => {
    const chart = page.getByRole('img', { name: /^Articles per month/ });
    assert.equal(await chart.count(), 1);
    assert.ok((await chart.boundingBox())!.width > 300);
  });
});

test('the site’s own typefaces are served with it and used (Arabic by a font that covers it)', async () => {
  await page.goto(`${server.url}${urls['arabic.txt']}`);
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
  );
  for (const family of ['Source Serif 4 Variable', 'Inter Variable', 'Noto Naskh Arabic Variable'])
    assert.ok(
      loaded.some((f) => f.replaceAll('"', '') === family),
      `${family} loaded: ${loaded}`,
    );
  const licence = await page.request.get(`${server.url}assets/fonts/LICENSE-inter.txt`);
  assert.match(await licence.text(), /SIL OPEN FONT LICENSE/i);
});

test('a short article with a long sidebar has the sidebar below it, not a tall empty column', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}${urls['budget.txt']}`);
  const article = (await page.locator('article').boundingBox())!;
  const aside = (await page.locator('aside.sidebar').boundingBox())!;
  assert.ok(aside.y >= article.y + article.height - 1, 'below the article');
  assert.ok(aside.width > article.width * 0.9, 'as wide as the page');
});
