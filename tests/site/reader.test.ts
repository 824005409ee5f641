// What a reader sees of where an article came from and where its sidebar leads, on a small
// hand-made archive: the outlet, byline, date and original address under the headline, the
// dateline shown once, featured stories linked into the archive or marked as not in it (with a
// search for them), a long list folded, the page of stories cited but not archived, and an
// Arabic article laid out right to left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { MISSING, writeReaderArchive } from '../support/reader-archive.ts';
import { buildInTemp } from '../support/site-build.ts';

const input = writeReaderArchive();
const { dir, result } = await buildInTemp(['--input', input]);
rmSync(input, { recursive: true, force: true });

const page = (sourceFile: string) => {
  const e = result.data.articles.find((a) => a.article.sourceFile === sourceFile)!;
  return { entry: e, html: readFileSync(join(dir, e.url, 'index.html'), 'utf8') };
};
const between = (html: string, from: string, to: string) => {
  const i = html.indexOf(from);
  return html.slice(i, html.indexOf(to, i));
};

test('under the headline: outlet, byline, date with its time, the original, the source text', () => {
  const { html } = page('budget.txt');
  const header = between(html, '<header>\n    <h1>', '</header>');
  assert.match(header, /<a class="source" href="[^"]*sources\/daily-planet\/">Daily Planet<\/a>/);
  assert.match(header, /<span class="byline">By Lois Lane<\/span>/);
  assert.match(header, /<time datetime="2020-02-17T08:43"><a [^>]*>17 February 2020, 08:43<\/a>/);
  assert.match(
    header,
    /<a class="original" href="https:\/\/www\.dailyplanet\.example\/news\/harbour-budget" rel="external noopener">Original article at dailyplanet\.example<\/a>/,
  );
  assert.match(header, /<a href="#source-text">Source text<\/a> \(<code>budget\.txt<\/code>\)/);
  assert.match(html, /"isBasedOn":"https:\/\/www\.dailyplanet\.example\/news\/harbour-budget"/);
  assert.match(html, /<details class="source-text" id="source-text">/);
  // On paper: both addresses.
  assert.match(header, /class="print-only">Archived at https?:\/\/\S+ · original at https:/);
});

test('the dateline is shown once, marked where the first paragraph prints it', () => {
  const { html } = page('budget.txt');
  assert.ok(!html.includes('Dateline:'));
  assert.match(html, /<p><span class="dateline">METROPOLIS --<\/span> The council approved/);
});

test('an undated article says the text prints no date', () => {
  const { html } = page('arabic.txt');
  assert.match(html, /No date in the text/);
});

test('featured stories link into the archive, or say they are not in it with a search', () => {
  const { html, entry } = page('budget.txt');
  const bridge = page('bridge.txt').entry;
  const sidebar = between(html, '<section class="featured"', '</section>');
  assert.match(
    sidebar,
    /Stories Daily Planet showed beside this article; 1 of 10 are in this archive\./,
  );
  assert.ok(sidebar.includes(`Bridge repairs to start in the spring</a>`));
  assert.ok(sidebar.includes(`${bridge.url}">Bridge repairs`), 'linked to its page');
  const fishermen = between(sidebar, 'Fishermen protest', '</li>');
  assert.match(
    fishermen,
    /Not in this archive · <a href="[^"]*search\/\?q=([^"]+)">search for it<\/a>/,
  );
  const q = /search\/\?q=([^"]+)"/.exec(fishermen)![1]!.replaceAll('&amp;', '&');
  // The whole title as one phrase: its `&` and quotes cannot break the query.
  assert.equal(decodeURIComponent(q), '"Fishermen protest new quotas & catch limits"');
  // Ten stories: eight shown, two folded away (no script needed).
  assert.match(
    sidebar,
    /<details class="more-featured">\s*<summary>Show 2 more \(all 10\)<\/summary>/,
  );
  assert.equal(entry.featured.length, 10);
});

test('the stories cited but not archived are listed with the articles that cite them', () => {
  const html = readFileSync(join(dir, 'cited', 'index.html'), 'utf8');
  const budget = page('budget.txt').entry;
  for (const title of MISSING)
    assert.ok(html.includes(title.replace('&', '&amp;').replaceAll('"', '&quot;')), title);
  assert.ok(
    !html.includes('<span class="title">Bridge repairs'),
    'an archived story is not listed',
  );
  assert.match(html, /The archive’s articles list 9 stories beside them/);
  assert.equal(html.split('Cited by 1 article').length - 1, 9);
  assert.ok(html.includes(`${budget.url}">Council approves the harbour budget</a>`));
  const home = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.match(home, /<a href="cited\/">Stories cited but not archived<\/a> \(9\)/);
});

test('an Arabic article carries its language and runs right to left', () => {
  const { html } = page('arabic.txt');
  assert.match(html, /<article class="article" lang="ar" dir="rtl">/);
});

test('the new pages validate', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'long-title': 'off', 'no-trailing-whitespace': 'off' },
  });
  const pages = [
    page('budget.txt').html,
    page('arabic.txt').html,
    readFileSync(join(dir, 'cited', 'index.html'), 'utf8'),
  ];
  for (const html of pages) {
    const report = await validator.validateString(html);
    assert.deepEqual(
      report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`)),
      [],
    );
  }
});

test('a month is a calendar of weeks; a day has its breadcrumb and its neighbours', () => {
  const month = readFileSync(join(dir, '2020', '02', 'index.html'), 'utf8');
  const table = between(month, '<table class="month-calendar">', '</table>');
  assert.match(table, /<th scope="col"><abbr title="Monday">Mon<\/abbr><\/th>/);
  assert.equal(table.split('<tr>').length - 1, 6); // the weekdays, then five weeks
  assert.match(table, /<td class="has"><a href="[./]*2020\/02\/16\/" aria-label="16: 1 article">/);
  assert.match(table, /<td class="has"><a href="[./]*2020\/02\/17\/" aria-label="17: 1 article">/);
  assert.match(table, /<td><span class="day">18<\/span><\/td>/); // an empty day, quiet
  assert.ok(!table.includes('>0<'));

  const day = readFileSync(join(dir, '2020', '02', '17', 'index.html'), 'utf8');
  assert.match(
    day,
    /<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="..\/..\/..\/archive\/">Archive<\/a><\/li><li><a href="[./]*2020\/">2020<\/a><\/li><li><a href="[./]*2020\/02\/">February 2020<\/a><\/li><li aria-current="page">17 February 2020<\/li><\/ol><\/nav>/,
  );
  assert.match(
    day,
    /<a rel="prev" href="[./]*2020\/02\/16\/"><span class="dir">← Older<\/span> 16 February 2020<\/a>/,
  );
  assert.ok(!between(day, '<nav class="periods"', '</nav>').includes('rel="next"'), 'no newer day');

  const index = readFileSync(join(dir, 'archive', 'index.html'), 'utf8');
  assert.match(
    index,
    /<ul class="months-row"><li><a href="..\/2020\/02\/">February<\/a> <span class="count">2<\/span><\/li><\/ul>/,
  );
});

test('the home page draws the archive per month, by source, with its figures as a table', () => {
  const home = readFileSync(join(dir, 'index.html'), 'utf8');
  const fig = between(home, '<figure class="month-chart">', '</figure>');
  assert.match(
    fig,
    /<svg [^>]*role="img" aria-labelledby="archive-chart-title archive-chart-desc"/,
  );
  assert.match(
    fig,
    /<title id="archive-chart-title">Articles per month, February 2020 to February 2020<\/title>/,
  );
  assert.match(
    fig,
    /<desc id="archive-chart-desc">2 dated articles, by source \(Daily Planet, No source named\); the busiest month is February 2020 with 2 articles\.<\/desc>/,
  );
  assert.equal(fig.split('<rect ').length - 1, 2, 'one bar of two parts');
  assert.match(fig, /<li><span class="swatch s0"><\/span>Daily Planet<\/li>/);
  assert.match(
    fig,
    /<tr><th scope="row"><a href="2020\/02\/">February 2020<\/a><\/th><td>2<\/td><td>1<\/td><td>1<\/td><\/tr>/,
  );
  const year = readFileSync(join(dir, '2020', 'index.html'), 'utf8');
  assert.match(year, /<figure class="month-chart">/);
});

test('a site in French writes its dates and month names in French', async () => {
  const frInput = writeReaderArchive();
  const fr = await buildInTemp(['--input', frInput, '--language', 'fr']);
  rmSync(frInput, { recursive: true, force: true });
  const e = fr.result.data.articles.find((a) => a.article.sourceFile === 'budget.txt')!;
  const html = readFileSync(join(fr.dir, e.url, 'index.html'), 'utf8');
  assert.match(html, /<html lang="fr">/);
  assert.match(html, />17 février 2020, 08:43</);
  const month = readFileSync(join(fr.dir, '2020', '02', 'index.html'), 'utf8');
  assert.match(month, /<h1>février 2020<\/h1>/);
  assert.match(month, /<abbr title="lundi">lun\.<\/abbr>/);
});
