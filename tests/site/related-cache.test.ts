// The related articles' terms as the build cache keeps them (src/site/cache/related-cache.ts):
// numbered by a table of words in the same file, read back by the next build (or process) with
// the same related articles as terms made afresh; a table grown stale is made again; an entry
// whose numbers the table does not have is not taken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { relatedCache } from '../../src/site/cache/related-cache.ts';
import {
  numberTerms,
  rankWords,
  relatedIndexes,
  wordNumbering,
  type RelatedTerms,
} from '../../src/site/related.ts';
import { tempDir } from '../support/temp.ts';

/** Articles of a small vocabulary, as relatedTerms gives them (seeded). */
function articles(n: number, vocabulary: number, seed: number, prefix = 'w'): RelatedTerms[] {
  const random = (k: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % k;
  return Array.from({ length: n }, () => {
    const words = new Map<string, number>();
    for (let i = 0; i < 8 + random(20); i++)
      words.set(`${prefix}${random(vocabulary)}`, 1 + random(3));
    return [...words];
  });
}

/** One build's use of the cache: each article's kept terms, or its own numbered and kept. */
function build(dir: string, tf: readonly RelatedTerms[], keys: readonly string[]) {
  const cache = relatedCache(dir, 'v1', null);
  let fromCache = 0;
  const terms = tf.map((m, i) => {
    const kept = cache.kept.get(keys[i]!);
    if (kept) {
      fromCache++;
      return kept;
    }
    const numbered = numberTerms(m, cache.kept.numbering);
    cache.kept.set(keys[i]!, numbered);
    return numbered;
  });
  const related = relatedIndexes(terms, 5, cache.kept.numbering);
  cache.finish();
  return { related, fromCache };
}

const keysOf = (tf: readonly unknown[], tag = 'k') => tf.map((_, i) => `${tag}${i}`);

test('terms kept numbered come back, with the related articles of fresh terms', () => {
  const dir = tempDir('related-cache-');
  const tf = articles(120, 60, 3);
  const first = build(dir, tf, keysOf(tf));
  assert.equal(first.fromCache, 0);
  assert.deepEqual(first.related, relatedIndexes(tf, 5));
  // The next build: every article's terms from the cache, and 20 new ones with new words.
  const grown = [...tf, ...articles(20, 300, 11, 'n')];
  const keys = [...keysOf(tf), ...keysOf(grown.slice(tf.length), 'new')];
  const second = build(dir, grown, keys);
  assert.equal(second.fromCache, tf.length);
  assert.deepEqual(second.related, relatedIndexes(grown, 5));
  assert.equal(readdirSync(dir).length, 1, 'one file: the terms and their table together');
  // A third build reads the grown table back.
  assert.deepEqual(build(dir, grown, keys).related, relatedIndexes(grown, 5));
});

test('a table that holds mostly words no article uses any more is made again', () => {
  const dir = tempDir('related-cache-');
  // 12,000 words, more than the slack the table is allowed.
  const old = Array.from({ length: 400 }, (_, i): RelatedTerms =>
    Array.from({ length: 30 }, (_, j) => [`old${i}-${j}`, 1]),
  );
  build(dir, old, keysOf(old, 'old'));
  const tableSize = () => {
    const line = readFileSync(join(dir, 'v1.jsonl'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('#words\t'))!;
    return (JSON.parse(line.slice('#words\t'.length)) as [string[], number[]])[0].length;
  };
  const before = tableSize();
  // Every article replaced: the old words stay in the table until it is made again.
  const fresh = articles(50, 40, 9, 'new');
  const r = build(dir, fresh, keysOf(fresh, 'new'));
  assert.deepEqual(r.related, relatedIndexes(fresh, 5));
  assert.ok(tableSize() < before / 10, `${tableSize()} words of ${before}`);
  // Read back in the new numbering.
  const again = build(dir, fresh, keysOf(fresh, 'new'));
  assert.equal(again.fromCache, fresh.length);
  assert.deepEqual(again.related, relatedIndexes(fresh, 5));
});

test('an entry with numbers the table does not hold is made again', () => {
  const dir = tempDir('related-cache-');
  const tf = articles(30, 40, 13);
  build(dir, tf, keysOf(tf));
  const path = join(dir, 'v1.jsonl');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^k0\t\[\[\d+/m, 'k0\t[[99999'));
  const r = build(dir, tf, keysOf(tf));
  assert.equal(r.fromCache, tf.length - 1);
  assert.deepEqual(r.related, relatedIndexes(tf, 5));
});

test('ranks extended to new words are the ranks of all the words sorted', () => {
  const numbering = wordNumbering();
  numberTerms(
    ['m', 'c', 'x', 'a'].map((w) => [w, 1]),
    numbering,
  );
  rankWords(numbering);
  numberTerms(
    ['b', 'zz', 'n', 'aa', 'c'].map((w) => [w, 1]),
    numbering,
  );
  const sorted = [...numbering.names].sort();
  assert.deepEqual(
    Array.from(rankWords(numbering)),
    numbering.names.map((w) => sorted.indexOf(w)),
  );
});
