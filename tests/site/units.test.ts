// The site's small pure modules: configuration, URLs, dates, body HTML, related articles, pages.
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import siteDefaults from '../../site.config.ts';
import { ConfigError, configFromArgs } from '../../src/site/config.ts';
import { linksFrom } from '../../src/site/urls.ts';
import { dateWords, rfc3339 } from '../../src/site/dates.ts';
import { direction } from '../../src/site/direction.ts';
import { localeCandidates } from '../../src/site/locale.ts';

const { date: displayDate, dateTime: displayDateTime } = dateWords('en');
import { renderBody } from '../../src/site/body.ts';
import {
  leadText,
  relatedIndexes,
  relatedTerms,
  wordNumbering,
  type RelatedTerms,
} from '../../src/site/related.ts';
import { paginate } from '../../src/site/archives.ts';
import { scriptJson } from '../../src/site/json-ld.ts';
import { splitSitemap, type SiteData } from '../../src/site/data.ts';
import { ALL_TEMPLATES, planParts, TEMPLATES } from '../../src/site/parts.ts';

test('config: command-line overrides, normalised prefix, clear errors', () => {
  const c = configFromArgs(siteDefaults, [
    '--base-url=https://x.org/',
    '--path-prefix',
    'news',
    '--page-size',
    '10',
  ]);
  assert.equal(c.baseUrl, 'https://x.org');
  assert.equal(c.pathPrefix, '/news/');
  assert.equal(c.pageSize, 10);
  assert.equal(
    configFromArgs(siteDefaults, ['--base-url', 'https://u.github.io/repo']).pathPrefix,
    '/repo/',
  );
  assert.throws(() => configFromArgs(siteDefaults, ['--base-url', 'nope']), ConfigError);
  assert.throws(() => configFromArgs(siteDefaults, ['--page-size', '0']), ConfigError);
  assert.throws(() => configFromArgs(siteDefaults, ['--time-zone', 'Mars/Base']), ConfigError);
  assert.throws(() => configFromArgs(siteDefaults, ['--colour', 'red']), /unknown option --colour/);
});

test('relative links work from any depth, and name index.html for disk browsing', () => {
  assert.equal(linksFrom('/', false)('2020/02/'), '2020/02/');
  assert.equal(linksFrom('/2020/02/17/slug/', false)(''), '../../../../');
  assert.equal(linksFrom('/2020/', false)('assets/style.css'), '../assets/style.css');
  assert.equal(linksFrom('/feed.xml', false)('sitemap.xml'), 'sitemap.xml');
  assert.equal(linksFrom('/sources/x/', true)('2020/'), '../../2020/index.html');
  assert.equal(linksFrom('/', true)(''), 'index.html');
});

test('dates: one format; the time only where printed; RFC 3339 in the configured zone', () => {
  assert.equal(displayDate('2020-02-17'), '17 February 2020');
  assert.equal(displayDate('2016-03-29T16:27:03'), '29 March 2016');
  assert.equal(displayDateTime('2016-03-29T16:27:03'), '29 March 2016, 16:27');
  // Formatted once a day: the same day at another time, then the time as well.
  assert.equal(displayDate('2016-03-29T23:59'), '29 March 2016');
  assert.equal(displayDateTime('2016-03-29T23:59'), '29 March 2016, 23:59');
  assert.equal(displayDateTime('2020-02-17'), '17 February 2020');
  assert.equal(displayDate(null), 'Undated');
  // In the site's language, by date-fns's locale: dates, months (standalone) and weekdays.
  const fr = dateWords('fr');
  assert.equal(fr.date('2020-02-17'), '17 février 2020');
  assert.equal(fr.month(2), 'février');
  assert.equal(fr.weekdays[0]!.long, 'lundi');
  assert.equal(dateWords('ru').month(2), 'февраль');
  assert.equal(dateWords('pt-BR').date('2020-02-17'), '17 fevereiro 2020');
  assert.equal(dateWords('xx').date('2020-02-17'), '17 February 2020'); // no such locale: English
  assert.deepEqual(localeCandidates('zh'), ['zh-CN', 'en-US']);
  assert.deepEqual(localeCandidates('en-gb'), ['en-GB', 'en-US']);
  assert.deepEqual(localeCandidates('sr-Latn'), ['sr-Latn', 'sr', 'en-US']);
  assert.equal(rfc3339('2020-02-17T08:43', 'UTC'), '2020-02-17T08:43:00+00:00');
  assert.equal(rfc3339('2020-07-01', 'Europe/Paris'), '2020-07-01T00:00:00+02:00');
  assert.equal(rfc3339('2020-01-15T10:00:00', 'Europe/Paris'), '2020-01-15T10:00:00+01:00');
  // The day the clocks go forward (01:00 UTC): the offset by the hour; a day alone at noon.
  assert.equal(rfc3339('2020-03-29T00:30', 'Europe/Paris'), '2020-03-29T00:30:00+01:00');
  assert.equal(rfc3339('2020-03-29T05:00', 'Europe/Paris'), '2020-03-29T05:00:00+02:00');
  assert.equal(rfc3339('2020-03-29', 'Europe/Paris'), '2020-03-29T00:00:00+02:00');
  assert.equal(rfc3339('2020-10-25T00:30', 'Europe/Paris'), '2020-10-25T00:30:00+02:00');
  assert.equal(rfc3339('2020-10-25T03:00', 'Europe/Paris'), '2020-10-25T03:00:00+01:00');
  assert.equal(rfc3339('2021-06-01T23:00', 'Asia/Kolkata'), '2021-06-01T23:00:00+05:30');
  assert.equal(rfc3339('2021-06-01T23:00', 'Etc/UTC'), '2021-06-01T23:00:00+00:00');
});

test('body: blocks become HTML with every character of the text escaped', () => {
  const html = renderBody([
    { type: 'paragraph', text: '1. Not a list <b>bold</b> & *not emphasis*' },
    { type: 'heading', text: 'A heading' },
    { type: 'list-item', text: 'one' },
    { type: 'list-item', text: 'two' },
    { type: 'quote', text: 'Quoted' },
  ]);
  assert.equal(
    html,
    '<p>1. Not a list &lt;b&gt;bold&lt;/b&gt; &amp; *not emphasis*</p>\n<h2>A heading</h2>\n' +
      '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<blockquote>\n<p>Quoted</p>\n</blockquote>\n',
  );
});

test('the lead related articles read is the start of the body blocks joined by spaces', () => {
  const blocks = (...texts: string[]) => texts.map((text) => ({ text }));
  for (const body of [
    blocks(),
    blocks(''),
    blocks('', 'B'),
    blocks('x'.repeat(499), 'yy', 'z'),
    blocks('x'.repeat(700), 'yy'),
  ])
    assert.equal(
      leadText(body),
      body
        .map((b) => b.text)
        .join(' ')
        .slice(0, 500),
    );
});

test('related articles share distinctive words; unrelated ones are not listed', () => {
  const en = (title: string, text: string) => ({ title, text, language: 'en' });
  const r = relatedIndexes(
    [
      en('Harbour bridge reopens', 'The harbour bridge reopened after repairs to the harbour.'),
      en('Election results', 'Voters chose a parliament in the election.'),
      en('Harbour traffic grows', 'More ships use the harbour since the bridge repairs.'),
      en('Election turnout', 'Turnout in the parliament election was high.'),
    ].map(relatedTerms),
    3,
  );
  assert.deepEqual(r[0], [2]);
  assert.deepEqual(r[1], [3]);
});

/** relatedIndexes' rule read plainly, on strings (as it was written before it worked on
 * numbers): each article's 12 weightiest words of those in 2..100 articles (ties: string
 * order), then the articles sharing at least 2 of them with enough weight. */
function plainRelated(tf: readonly RelatedTerms[], k: number): number[][] {
  const df = new Map<string, number>();
  for (const m of tf) for (const [w] of m) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(tf.length / df.get(w)!) + 1;
  const top = tf.map((m) =>
    m
      .filter(([w]) => df.get(w)! > 1 && df.get(w)! <= 100)
      .map(([w, n]) => [w, n * idf(w)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 12)
      .map(([w]) => w),
  );
  const own = top.map((ws) => ws.reduce((sum, w) => sum + idf(w), 0));
  return top.map((ws, i) => {
    const score = new Map<number, [number, number]>();
    for (const w of ws)
      top.forEach((other, j) => {
        if (j === i || !other.includes(w)) return;
        const [s, n] = score.get(j) ?? [0, 0];
        score.set(j, [s + idf(w), n + 1]);
      });
    return [...score]
      .filter(([j, [s, n]]) => n >= 2 && s >= 0.2 * Math.sqrt(own[i]! * own[j]!))
      .sort(([a, [sa]], [b, [sb]]) => sb - sa || a - b)
      .slice(0, k)
      .map(([j]) => j);
  });
}

test('related articles are those the plain reading of the rule finds, ties included', () => {
  // Small vocabularies and counts, so that weights tie often; one word in 120 of 150 articles.
  let seed = 7;
  const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (const vocabulary of [30, 200]) {
    const tf: RelatedTerms[] = Array.from({ length: 150 }, (_, i) => {
      const words = new Map<string, number>();
      for (let n = 0; n < 5 + random(25); n++) words.set(`w${random(vocabulary)}`, 1 + random(3));
      if (i < 120) words.set('common', 1);
      return [...words];
    });
    assert.deepEqual(relatedIndexes(tf, 5), plainRelated(tf, 5));
    // A numbering kept from other archives (as npm start keeps one) changes nothing: here
    // after the same archive reversed, and with new words in half the articles.
    const numbering = wordNumbering();
    relatedIndexes([...tf].reverse(), 5, numbering);
    const edited = tf.map((m, i): RelatedTerms =>
      i % 2 ? [['zebra', 1], ['aardvark', 1], ...m] : m,
    );
    assert.deepEqual(relatedIndexes(edited, 5, numbering), plainRelated(edited, 5));
    assert.deepEqual(relatedIndexes(tf, 5, numbering), plainRelated(tf, 5));
    // Thirteen words of one weight in article 0 (listed last first): the twelve first in string
    // order count, so article 1, which shares t12 and t13, is not related to it.
    const t = (n: number) => `t${String(n).padStart(2, '0')}`;
    const tied: RelatedTerms[] = [
      Array.from({ length: 13 }, (_, i): [string, number] => [t(13 - i), 3]),
      [
        [t(12), 3],
        [t(13), 3],
      ],
      Array.from({ length: 11 }, (_, i): [string, number] => [t(i + 1), 1]),
    ];
    assert.deepEqual(relatedIndexes(tied, 5, numbering), plainRelated(tied, 5));
    assert.ok(!relatedIndexes(tied, 5, numbering)[0]!.includes(1));
  }
});

test('articles that share only common words are not related, in their own language', () => {
  // Each pair shares many words, all of them stop words of its language (and a single
  // distinctive one is not enough).
  const r = relatedIndexes(
    [
      {
        title: 'Whales stranded on the beach',
        text: 'They said that there were also some of them there, which would have been about the whales.',
        language: 'en',
      },
      {
        title: 'Apple shows its new headset',
        text: 'They said that there were also some of them there, which would have been about the headset.',
        language: 'en',
      },
      {
        title: 'Les baleines échouées',
        text: 'Ils ont dit que il y avait aussi des baleines et que nous avons vu cela avec eux.',
        language: 'fr',
      },
      {
        title: 'Le casque de réalité',
        text: 'Ils ont dit que il y avait aussi des casques et que nous avons vu cela avec eux.',
        language: 'fr',
      },
      {
        title: 'Diet pills recalled',
        text: 'Regulators recalled the diet pills sold online.',
        language: 'en',
      },
      {
        title: 'More diet pills recalled',
        text: 'Regulators recall more diet pills from online shops.',
        language: 'en',
      },
    ].map(relatedTerms),
    5,
  );
  assert.deepEqual(r.slice(0, 4), [[], [], [], []]);
  assert.deepEqual(r[4], [5]);
  assert.deepEqual(r[5], [4]);
});

test('pagination: pages at base, base/page/2/, … with prev/next links', () => {
  const items = Array.from({ length: 5 }, (_, i) => ({ url: `a${i}/`, date: null }));
  const pages = paginate('2020/', 'year', '2020', items, 2);
  assert.deepEqual(
    pages.map((p) => p.url),
    ['2020/', '2020/page/2/', '2020/page/3/'],
  );
  assert.equal(pages[1]!.pagination.prev, '2020/');
  assert.equal(pages[1]!.pagination.next, '2020/page/3/');
  assert.equal(pages[2]!.items.length, 1);
  assert.equal(paginate('x/', 'tag', 'x', [], 2).length, 1);
});

test('JSON for a script element cannot close it', () => {
  assert.equal(scriptJson({ a: '</script><!--' }), '{"a":"\\u003c/script>\\u003c!--"}');
});

test('sitemaps split past the per-file limit', () => {
  const urls = Array.from({ length: 5 }, (_, i) => ({ url: `p${i}/`, lastmod: null }));
  assert.deepEqual(
    splitSitemap(urls, 2).map((p) => [p.file, p.urls.length]),
    [
      ['sitemap-1.xml', 2],
      ['sitemap-2.xml', 2],
      ['sitemap-3.xml', 1],
    ],
  );
  assert.equal(splitSitemap([], 2).length, 1);
});

test('render parts: at most N pages each, every page once, single pages in the first', () => {
  const data = {
    articles: Array.from({ length: 5 }, (_, i) => ({ url: `a${i}/` })),
    lists: Array.from({ length: 3 }, (_, i) => ({ url: `l${i}/` })),
    sitemapParts: [{ file: 'sitemap-1.xml', urls: [] }],
  } as unknown as SiteData;
  const parts = planParts(data, 3);
  assert.deepEqual(
    parts.map((p) => [...p.articles, ...p.lists].map((x) => x.url)),
    [
      ['a0/', 'a1/', 'a2/'],
      ['a3/', 'a4/', 'l0/'],
      ['l1/', 'l2/'],
    ],
  );
  assert.deepEqual(
    parts.map((p) => [p.singles, p.sitemapParts.length, p.templates.length]),
    [
      [true, 1, ALL_TEMPLATES.length],
      [false, 0, TEMPLATES.paginated.length],
      [false, 0, TEMPLATES.paginated.length],
    ],
  );
});

test('the template list names every template in templates/ once', () => {
  const files = readdirSync('templates').filter((f) => /\.(njk|11ty\.ts)$/.test(f));
  assert.deepEqual([...ALL_TEMPLATES].sort(), files.sort());
});

test('right-to-left languages by their primary subtag', () => {
  assert.equal(direction('ar'), 'rtl');
  assert.equal(direction('fa-IR'), 'rtl');
  assert.equal(direction('he'), 'rtl');
  assert.equal(direction('fr'), 'ltr');
  assert.equal(direction('en-US'), 'ltr');
});
