// Builds the seeds site (at the root and under a path prefix) and checks what a reader and a
// crawler get: every article with its title, date and sidebar, links that resolve, valid HTML,
// parseable JSON-LD, well-formed feeds and sitemaps, escaped source text, same output twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { XMLValidator } from 'fast-xml-parser';
import { siteDigest } from '../support/digest.ts';
import { buildInTemp } from '../support/site-build.ts';
import { brokenLinks, pageLinks, siteFiles } from './links.ts';
import { articleUrl } from '../../src/site/urls.ts';
import { reasonInWords } from '../../src/model/reasons.ts';
import { tempDir } from '../support/temp.ts';

interface Truth {
  file: string;
  title: string;
  date: string | null;
  featured: { title: string; date: string | null }[];
}
// The seeds' hand-checked truth is kept with their parser fixtures.
const fixtures = 'tests/parse/fixtures';
const truths: Truth[] = readdirSync(fixtures)
  .filter((d) => d.startsWith('seed-'))
  .sort()
  .map((d) => JSON.parse(readFileSync(join(fixtures, d, 'truth.json'), 'utf8')) as Truth);

const root = await buildInTemp();
const prefixed = await buildInTemp([
  '--path-prefix',
  '/archive/',
  '--base-url',
  'https://news.example.net',
]);
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const entryFor = (t: Truth) =>
  root.result.data.articles.find((e) => e.article.sourceFile === t.file)!;

test('every seed has an article page with its title, date and featured sidebar', () => {
  assert.equal(root.result.data.articles.length, truths.length);
  for (const t of truths) {
    const entry = entryFor(t);
    const html = read(root.dir, join(entry.url, 'index.html'));
    assert.match(
      html,
      new RegExp(`<h1>${escapeHtml(t.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`),
    );
    if (t.date)
      assert.ok(html.includes(`<time datetime="${entry.article.date}">`), `${t.file}: date shown`);
    else assert.ok(html.includes('No date in the text'), `${t.file}: shown as undated`);
    if (t.featured.length) assert.ok(html.includes('Featured stories'), `${t.file}: sidebar`);
    for (const f of t.featured)
      assert.ok(html.includes(escapeHtml(f.title)), `${t.file}: ${f.title}`);
  }
});

test('a sidebar that prints dates shows each story with its date', () => {
  const dated = truths.find((t) => t.featured.some((f) => f.date))!;
  const html = read(root.dir, join(entryFor(dated).url, 'index.html'));
  const sidebar = html.slice(
    html.indexOf('class="featured"'),
    html.indexOf('</section>', html.indexOf('class="featured"')),
  );
  for (const f of dated.featured.filter((x) => x.date)) {
    const item = sidebar.slice(sidebar.indexOf(escapeHtml(f.title)));
    assert.match(
      item.slice(0, item.indexOf('</li>')),
      new RegExp(`<time datetime="${f.date}">`),
      f.title,
    );
  }
});

test('archive pages exist for each year, month and day, and for undated articles', () => {
  const files = new Set(siteFiles(root.dir));
  for (const e of root.result.data.articles) {
    if (e.date === null) continue;
    for (const p of [
      e.date.slice(0, 4),
      e.date.slice(0, 7).replace('-', '/'),
      e.date.slice(0, 10).replace(/-/g, '/'),
    ])
      assert.ok(files.has(`${p}/index.html`), p);
  }
  assert.ok(files.has('undated/index.html'));
  for (const f of [
    'index.html',
    'archive/index.html',
    'sources/index.html',
    'search/index.html',
    '404.html',
    'robots.txt',
    'feed.xml',
    'feed.json',
    'sitemap.xml',
    '_headers',
  ])
    assert.ok(files.has(f), f);
});

test('all internal links and assets resolve, at the root and under a path prefix', () => {
  assert.deepEqual(brokenLinks(root.dir, '/'), []);
  assert.deepEqual(brokenLinks(prefixed.dir, '/archive/'), []);
  const page = read(prefixed.dir, 'index.html');
  assert.match(page, /<link rel="canonical" href="https:\/\/news\.example\.net\/archive\/">/);
  assert.match(read(prefixed.dir, '404.html'), /href="\/archive\/assets\/style\.css"/);
});

test('with --index-links every directory link names its index.html, for browsing from disk', async () => {
  const disk = await buildInTemp(['--index-links']);
  assert.deepEqual(brokenLinks(disk.dir, '/'), []);
  const links = siteFiles(disk.dir)
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .flatMap((f) => pageLinks(read(disk.dir, f)));
  assert.ok(links.length > 100);
  assert.deepEqual(
    links.filter((l) => !/^[a-z]+:/.test(l) && l.endsWith('/')),
    [],
  );
});

test('every page passes html-validate', async () => {
  // Off: `long-title` (an SEO heuristic; real headlines plus the site name exceed 70 characters)
  // and `no-trailing-whitespace` (the source-text view reproduces scraped lines exactly).
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'long-title': 'off', 'no-trailing-whitespace': 'off' },
  });
  const problems: string[] = [];
  for (const page of siteFiles(root.dir).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateString(read(root.dir, page));
    for (const r of report.results)
      for (const m of r.messages)
        problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  assert.deepEqual(problems, []);
});

test('JSON-LD parses as a NewsArticle, with datePublished only when the text printed a date', () => {
  for (const e of root.result.data.articles) {
    const html = read(root.dir, join(e.url, 'index.html'));
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    assert.ok(json, e.url);
    const ld = JSON.parse(json) as Record<string, unknown>;
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, e.article.title);
    assert.equal('datePublished' in ld, e.date !== null);
  }
});

test('feeds and sitemaps are well-formed and list absolute URLs', () => {
  for (const f of ['feed.xml', 'sitemap.xml', 'sitemap-1.xml'])
    assert.equal(XMLValidator.validate(read(prefixed.dir, f)), true, f);
  const feed = JSON.parse(read(prefixed.dir, 'feed.json')) as {
    items: { url: string; date_published: string }[];
  };
  assert.ok(feed.items.length > 0);
  for (const item of feed.items) {
    assert.match(item.url, /^https:\/\/news\.example\.net\/archive\//);
    assert.match(item.date_published, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  }
  const sitemap = read(prefixed.dir, 'sitemap-1.xml');
  for (const e of prefixed.result.data.articles)
    assert.ok(sitemap.includes(`https://news.example.net/archive/${e.url}`));
  assert.match(
    read(prefixed.dir, 'robots.txt'),
    /Sitemap: https:\/\/news\.example\.net\/archive\/sitemap\.xml/,
  );
});

test('the source-text view shows every input line, dropped ones marked with their reason', () => {
  const t = truths[0]!;
  const entry = entryFor(t);
  const html = read(root.dir, join(entry.url, 'index.html'));
  const lines = readFileSync(join('seeds', t.file), 'utf8').split(/\r\n|\r|\n/);
  assert.equal(
    html.split('<li value=').length - 1 + html.split('<li class="dropped"').length - 1,
    lines.length,
  );
  for (const d of entry.article.dropped)
    assert.ok(
      html.includes(`<li class="dropped" value="${d.line}">`) &&
        html.includes(
          `<span class="reason">${escapeHtml(reasonInWords(d.reason))} <code class="reason-code">${d.reason}</code></span>`,
        ),
    );
});

test('two builds of the same input are byte-identical, also when rendered in parts', async () => {
  const again = await buildInTemp([], { pagesPerPart: 4 });
  assert.ok(again.result.data.articles.length + again.result.data.lists.length > 8);
  assert.equal(siteDigest(again.dir), siteDigest(root.dir));
});

test('HTML in the source text is shown as text, bad files are skipped, colliding slugs both get pages', async () => {
  const input = tempDir('news-input-');
  copyFileSync(join('seeds', truths[1]!.file), join(input, 'a.txt'));
  writeFileSync(
    join(input, 'xss.txt'),
    'A headline about <script>alert(1)</script> tags\n\n17 February 2020\n\nThe body says <script>alert(1)</script> and <img src=x onerror=alert(2)> as plain words in a sentence.\n',
  );
  const twin =
    'Same Headline Printed Here\n\n17 February 2020\n\nA body paragraph that is long enough to be a paragraph of prose text.\n';
  writeFileSync(join(input, 'twin1.txt'), twin);
  writeFileSync(join(input, 'twin2.txt'), twin.replace('A body', 'Another body'));
  writeFileSync(
    join(input, 'tagged.txt'),
    `---\ntags: [Energy Policy, ports]\nsource: Harbour Gazette\n---\n${twin.replace('Same Headline', 'Tagged Headline')}`,
  );
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  writeFileSync(join(input, 'binary.bin'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  mkdirSync(join(input, 'sub'));
  writeFileSync(
    join(input, 'sub', 'nested.txt'),
    twin.replace('Same Headline', 'Nested Folder Headline'),
  );
  const { dir, result } = await buildInTemp(['--input', input]);
  assert.deepEqual(result.failures.map((f) => f.file).sort(), ['binary.txt', 'empty.txt']);
  assert.equal(result.skipped.get('.bin'), 1);
  assert.equal(result.data.articles.length, 6);
  const files = siteFiles(dir);
  for (const f of [
    'tags/index.html',
    'tags/energy-policy/index.html',
    'tags/ports/index.html',
    'sources/harbour-gazette/index.html',
  ])
    assert.ok(files.includes(f), f);
  assert.match(read(dir, 'tags/energy-policy/index.html'), /Tagged Headline/);
  const xss = result.data.articles.find((e) => e.article.sourceFile === 'xss.txt')!;
  const html = read(dir, join(xss.url, 'index.html'));
  assert.deepEqual(html.match(/<script\b[^>]*>/g), ['<script type="application/ld+json">']);
  assert.ok(!/<img\b/.test(html));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  const twins = result.data.articles.filter((e) => e.article.sourceFile.startsWith('twin'));
  assert.equal(new Set(twins.map((e) => e.url)).size, 2);
  for (const e of twins) assert.ok(siteFiles(dir).includes(join(e.url, 'index.html')));
  assert.ok(result.data.articles.some((e) => e.article.sourceFile === 'sub/nested.txt'));
  assert.equal(articleUrl(xss.article), xss.url);
});

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
