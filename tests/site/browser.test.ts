// The seeds site in real Chromium: a reader goes from the home page to an article, follows a
// featured-story link in its sidebar, browses a month; screenshots at phone and desktop widths
// (kept in test-artifacts/) and an axe accessibility check with no serious or critical issue.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { assertAccessible as axeCheck, launchChromium } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { buildInTemp } from '../support/site-build.ts';
import { tempDir } from '../support/temp.ts';

const ARTIFACTS = 'test-artifacts/site';
// A story that the first seed's "Featured Stories" sidebar lists, so the sidebar links to it.
const LINKED_TITLE = 'Rockets Landed Near the US Embassy in Baghdad';

let browser: Browser;
let server: StaticServer;
let page: Page;
/** Console errors, e.g. "Refused to … because it violates the Content Security Policy". */
const consoleErrors: string[] = [];

before(async () => {
  const input = tempDir('news-seeds-');
  for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(input, f));
  writeFileSync(
    join(input, 'linked.txt'),
    `${LINKED_TITLE}\n\n16 February 2020\n\nSeveral rockets landed near the embassy compound on Sunday night, officials said in a statement.\n`,
  );
  const { dir } = await buildInTemp(['--input', input]);
  server = await serveStatic(dir);
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const assertAccessible = (label: string) => axeCheck(page, label);

test('home → article → sidebar link → month archive, accessible throughout', async () => {
  await page.goto(server.url);
  assert.equal(await page.locator('h1').textContent(), '6 articles from 1 source');
  await assertAccessible('home');

  await page
    .getByRole('link', { name: /^Larijani Reiterated/ })
    .first()
    .click();
  await page.waitForURL(/\/2020\/02\/17\/larijani/);
  assert.match((await page.locator('h1').textContent()) ?? '', /^Larijani Reiterated/);
  await assertAccessible('article');

  const sidebar = page.locator('section.featured');
  await sidebar.getByRole('link', { name: LINKED_TITLE }).click();
  await page.waitForURL(/\/2020\/02\/16\/rockets-landed/);
  assert.equal(await page.locator('h1').textContent(), LINKED_TITLE);

  await page.goto(`${server.url}2020/`);
  await page
    .getByRole('navigation', { name: 'Months' })
    .getByRole('link', { name: /February/ })
    .click();
  await page.waitForURL(/\/2020\/02\/$/);
  assert.equal(await page.locator('h1').textContent(), 'February 2020');
  assert.equal(await page.locator('.article-list > li').count(), 2);
  await assertAccessible('month');
  // The server sends the site's _headers, so this is the strict CSP a host would apply.
  assert.deepEqual(consoleErrors, []);
});

test('article page screenshots at phone and desktop widths', async () => {
  for (const [name, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`${server.url}2020/02/17/`);
    await page
      .getByRole('link', { name: /^Larijani Reiterated/ })
      .first()
      .click();
    await page.waitForURL(/larijani/);
    const path = join(ARTIFACTS, `article-${name}.png`);
    await page.screenshot({ path, fullPage: false });
    // At phone width the sidebar stacks below the article; on desktop it sits beside it.
    const article = await page.locator('article').boundingBox();
    const aside = await page.locator('aside.sidebar').boundingBox();
    assert.ok(article && aside);
    if (name === 'phone') assert.ok(aside.y > article.y + article.height - 1);
    else assert.ok(aside.x > article.x + article.width - 1);
  }
});

test('the search page: one search box, labels above their filters, no layout shift', async () => {
  for (const [width, w, h, colorScheme] of [
    ['phone', 390, 844, 'light'],
    ['phone', 390, 844, 'dark'],
    ['desktop', 1280, 900, 'light'],
    ['desktop', 1280, 900, 'dark'],
  ] as const) {
    const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme });
    const p = await context.newPage();
    await p.addInitScript(() => {
      const record = window as unknown as { shift: number };
      record.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[])
          if (!e.hadRecentInput) record.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(`${server.url}search/?q=aleppo`);
    await p.locator('#search-results li').first().waitFor();
    await p.waitForTimeout(300);
    const shift = await p.evaluate(() => (window as unknown as { shift: number }).shift);
    assert.ok(shift < 0.1, `${width}: cumulative layout shift ${shift}`);
    assert.equal(await p.locator('input[type="search"]').count(), 1);
    const label = await p.locator('label[for="search-source"]').boundingBox();
    const select = await p.locator('#search-source').boundingBox();
    assert.ok(label && select && label.y + label.height <= select.y + 1, 'label above its control');
    await p.screenshot({ path: join(ARTIFACTS, `search-${width}-${colorScheme}.png`) });
    await axeCheck(p, `search ${width} ${colorScheme}`);
    await context.close();
  }
});
