// Text in any script and with any characters: names in every script get pages of their own,
// characters XML forbids never reach a feed, and the process's time zone changes no byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { siteDigest } from '../support/digest.ts';
import { buildInTemp } from '../support/site-build.ts';
import { brokenLinks, siteFiles } from './links.ts';
import { tempDir } from '../support/temp.ts';

const temp = (name: string) => tempDir(name);
const BODY = 'The body has a sentence that is long enough to be prose, officials said.';
const article = (front: string, title: string, date = '17 February 2020') =>
  `${front ? `---\n${front}\n---\n` : ''}${title}\n\n${date}\n\n${BODY}\n`;
const FORBIDDEN = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;

test('names in every script get their own pages; URLs are percent-encoded in feeds and sitemaps', async () => {
  const input = temp('names-');
  writeFileSync(
    join(input, 'ar.txt'),
    article('source: وكالة الأنباء\ntags: [سياسة]', 'وزير الخارجية يزور دمشق'),
  );
  writeFileSync(
    join(input, 'zh.txt'),
    article('source: 新华社\ntags: [政治]', '中国外交部发言人表示反对'),
  );
  writeFileSync(join(input, 'emoji.txt'), article('source: 🔥🔥\ntags: [🎉]', '🔥 🎉'));
  writeFileSync(join(input, 'emoji2.txt'), article('source: 🌊\ntags: [🌍]', '🌊 🌍'));
  writeFileSync(join(input, 'ru.txt'), article('source: ТАСС', 'Москва заявила о переговорах'));
  const { dir, result } = await buildInTemp(['--input', input]);
  const ids = result.data.articles.map((e) => e.article.id);
  assert.equal(new Set(ids).size, 5);
  assert.ok(ids.includes('2020-02-17-وزير-الخارجية-يزور-دمشق'), ids.join(' '));
  assert.equal(new Set(result.data.sources.map((s) => s.url)).size, 5);
  assert.equal(new Set(result.data.tags.map((t) => t.url)).size, 4);
  // Each article is shown with its own source, on its own source page.
  for (const e of result.data.articles) {
    const page = readFileSync(join(dir, e.sourceLink!.url, 'index.html'), 'utf8');
    assert.ok(page.includes(e.title), `${e.sourceLink!.name} lists ${e.title}`);
    assert.equal(e.sourceLink!.count, 1);
  }
  assert.deepEqual(brokenLinks(dir, '/'), []);
  const sitemap = readFileSync(join(dir, 'sitemap-1.xml'), 'utf8');
  assert.equal(XMLValidator.validate(sitemap), true);
  for (const loc of sitemap.match(/<loc>[^<]*<\/loc>/g)!)
    assert.match(loc, /^<loc>[\x21-\x7e]+<\/loc>$/);
  assert.ok(sitemap.includes(encodeURI('2020/02/17/وزير-الخارجية-يزور-دمشق/')));
  assert.ok(siteFiles(dir).includes('2020/02/17/中国-外交部-发言-人-表示-反对/index.html'));
});

test('control characters and U+FFFE never reach a page or a feed, from the text or front matter', async () => {
  const input = temp('controls-');
  writeFileSync(
    join(input, 'a.txt'),
    '---\ntitle: "Bad \\x01 title \\uFFFE here"\nbyline: "Jane\\x1b Doe"\ntags: ["x\\x02y"]\n---\n' +
      'Ignored Headline\n\n17 February 2020\n\nThe body\u0001 has \uFFFE and \uFFFF and \u0008 in it, officials said.\n',
  );
  writeFileSync(join(input, 'b.txt'), article('', 'Plain\u001f Headline\uFFFE Here'));
  const { dir } = await buildInTemp(['--input', input]);
  for (const f of siteFiles(dir).filter((f) => /\.(html|xml|json|js)$/.test(f)))
    assert.ok(!FORBIDDEN.test(readFileSync(join(dir, f), 'utf8')), f);
  const feed = readFileSync(join(dir, 'feed.xml'), 'utf8');
  assert.equal(XMLValidator.validate(feed), true);
  const titles = new XMLParser().parse(feed).feed.entry.map((e: { title: string }) => e.title);
  assert.deepEqual(titles.sort(), ['Bad title here', 'Plain Headline Here']);
  const json = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')) as { items: unknown[] };
  assert.equal(json.items.length, 2);
});

test('the same input gives the same bytes under any TZ', () => {
  const input = temp('tz-');
  // A wall-clock time in London's spring gap, a day Samoa skipped, a time near midnight.
  writeFileSync(join(input, 'london.txt'), article('', 'A London Story', '29 March 2020 01:30'));
  writeFileSync(join(input, 'apia.txt'), article('', 'A Samoa Story', 'December 30, 2011'));
  writeFileSync(
    join(input, 'late.txt'),
    article('date: 2020-02-17T23:59:00+05:00', 'A Late Story'),
  );
  const digests = [
    'UTC',
    'Europe/London',
    'Pacific/Apia',
    'America/St_Johns',
    'Asia/Kathmandu',
  ].map((tz) => {
    const out = join(temp('tz-out-'), 'site');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build.ts', '--input', input, '--output', out],
      {
        encoding: 'utf8',
        env: { ...process.env, TZ: tz },
      },
    );
    assert.equal(r.status, 0, r.stderr);
    const files = siteFiles(out);
    assert.ok(files.includes('2011/12/30/a-samoa-story/index.html'), `${tz}: ${files.join(' ')}`);
    assert.ok(
      readFileSync(join(out, '2020/03/29/a-london-story/index.html'), 'utf8').includes(
        '29 March 2020, 01:30',
      ),
      tz,
    );
    assert.ok(files.includes('2020/02/17/a-late-story/index.html'), tz);
    return siteDigest(out);
  });
  assert.equal(new Set(digests).size, 1);
});

test('an article in another language than the site’s says so in its page', async () => {
  const input = temp('lang-');
  writeFileSync(
    join(input, 'fr.txt'),
    'Un nouveau pont sur le fleuve\n\n30 avril 2015 à 07:19\n\nLe gouvernement a annoncé lundi la construction d’un nouveau pont sur le fleuve, qui reliera les deux rives de la ville.\n',
  );
  writeFileSync(join(input, 'en.txt'), article('', 'A Bridge Over The River'));
  const { dir, result } = await buildInTemp(['--input', input]);
  const fr = result.data.articles.find((e) => e.article.sourceFile === 'fr.txt')!;
  assert.equal(fr.article.language, 'fr');
  assert.equal(fr.date, '2015-04-30T07:19');
  const page = readFileSync(join(dir, fr.url, 'index.html'), 'utf8');
  assert.match(page, /<article class="article" lang="fr">/);
  assert.match(page, /"inLanguage":"fr"/);
  const en = result.data.articles.find((e) => e.article.sourceFile === 'en.txt')!;
  assert.match(readFileSync(join(dir, en.url, 'index.html'), 'utf8'), /<article class="article">/);
});
