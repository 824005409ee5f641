// Page keys: a page's key changes exactly when what it shows may change. With an input key (a
// build that keeps a cache) the article and its text are named by that key, not serialised.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import siteDefaults from '../../site.config.ts';
import type { LoadedArticle } from '../../src/parse/input/load.ts';
import { cacheKey } from '../../src/parse/input/load.ts';
import { parseText } from '../../src/parse/parser.ts';
import { pageFile, pageKeys, sameJson } from '../../src/site/cache/page-keys.ts';
import { configFromArgs } from '../../src/site/config.ts';
import { articleEntries, siteData } from '../../src/site/data.ts';

const config = configFromArgs(siteDefaults, ['--input', 'in', '--output', 'out']);
const text = (n: number, extra = '') =>
  `Harbour Museum Opens Its Doors Number ${n}\nMarch ${n}, 2021\n\n` +
  `The museum opened on the harbour front on Monday, officials said, after years of work.${extra}\n`;

/** Loaded articles as a build with a cache gives them (keys), or without (null). */
function loaded(texts: string[], withKeys: boolean): LoadedArticle[] {
  return texts.map((t, k) => ({
    article: parseText(t, `${k}.txt`),
    text: t,
    path: `in/${k}.txt`,
    key: withKeys ? cacheKey(`${k}.txt`, Buffer.from(t)) : null,
  }));
}

/** The key of the first text's article page. */
function firstKey(texts: string[], withKeys: boolean, version = 'v1'): string {
  const data = siteData(articleEntries(loaded(texts, withKeys)), config);
  const url = data.articles.find((e) => e.article.sourceFile === '0.txt')!.url;
  return pageKeys(data, version).get(pageFile(url))!;
}

for (const withKeys of [true, false])
  test(`an article page's key follows its text (${withKeys ? 'input keys' : 'no input keys'})`, () => {
    const texts = [text(1), text(2), text(3)];
    assert.equal(firstKey(texts, withKeys), firstKey([...texts], withKeys), 'same input, same key');
    assert.notEqual(
      firstKey([text(1, ' One more sentence.'), text(2), text(3)], withKeys),
      firstKey(texts, withKeys),
      'its text edited',
    );
    assert.notEqual(firstKey(texts, withKeys, 'v2'), firstKey(texts, withKeys), 'new code');
  });

test('an article page keyed by its input still changes with its id and its neighbours', () => {
  const texts = [text(1), text(2), text(3)];
  // Its own input unchanged: the key still changes with the links it shows, and with its id
  // (a second copy of a story gets another, made unique after the parse).
  assert.notEqual(firstKey([text(1), text(4), text(3)], true), firstKey(texts, true), 'next one');
  const data = siteData(articleEntries(loaded(texts, true)), config);
  const renamed = data.articles.map((e) =>
    e.article.sourceFile === '0.txt' ? { ...e, article: { ...e.article, id: 'other-id' } } : e,
  );
  const url = data.articles.find((e) => e.article.sourceFile === '0.txt')!.url;
  assert.notEqual(
    pageKeys({ ...data, articles: renamed }, 'v1').get(pageFile(url)),
    pageKeys(data, 'v1').get(pageFile(url)),
    'its id',
  );
});

test('keys kept in a memory between builds are the keys worked out afresh', () => {
  const memory = new Map<string, unknown>();
  const builds = [
    [text(1), text(2), text(3)],
    [text(1), text(2), text(3)],
    [text(1, ' One more sentence.'), text(2), text(3)],
    [text(1, ' One more sentence.'), text(4), text(3)],
    [text(1, ' One more sentence.'), text(4)],
  ];
  // A new version of the code in between: no key of the other version's is taken.
  for (const version of ['v1', 'v2'])
    for (const [n, texts] of builds.entries()) {
      const data = () => siteData(articleEntries(loaded(texts, true)), config);
      assert.deepEqual(
        [...pageKeys(data(), version, memory)],
        [...pageKeys(data(), version)],
        `build ${n}, ${version}`,
      );
    }
});

test('sameJson: the same JSON but for key order, undefined as absent', () => {
  assert.ok(sameJson({ a: [1, 'x', null], b: { c: true } }, { b: { c: true }, a: [1, 'x', null] }));
  assert.ok(sameJson({ a: 1, b: undefined }, { a: 1 }));
  assert.ok(!sameJson({ a: 1 }, { a: 1, b: 2 }));
  assert.ok(!sameJson({ a: [1, 2] }, { a: [2, 1] }));
  assert.ok(!sameJson({ a: null }, { a: {} }));
  assert.ok(!sameJson([], {}));
  assert.ok(!sameJson('1', 1));
});
