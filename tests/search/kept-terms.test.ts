// The index built from terms a build cache kept (by way of JSON, as the cache keeps them) is the
// index built from the texts, whichever documents are kept; and it is asked only for the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import lunr from 'lunr';
import { generateCorpus } from '../../scripts/lib/corpus.ts';
import { buildIndex, type DocTerms, type KeptTerms } from '../../src/search/build.ts';
import { toSearchDoc, type SearchDoc } from '../../src/search/doc.ts';
import type { Lunr } from '../../src/search/lunr-types.ts';
import { parseText } from '../../src/parse/parser.ts';

const docs: SearchDoc[] = generateCorpus(60, 3).map((g, i) => {
  const a = parseText(g.text, g.name);
  // Some fields empty or missing, as records have them.
  return toSearchDoc({ ...a, byline: i % 3 ? a.byline : null }, `a/${i}/`, a.date);
});
docs.push({ ...docs[0]!, ref: 'empty', title: '', body: '' });

/** A cache holding the JSON of `terms` for the documents `has` picks. */
function cache(terms: Map<number, string>, has: (d: number) => boolean) {
  const asked: number[] = [];
  const kept: KeptTerms = {
    get: (d) => (has(d) && terms.has(d) ? (JSON.parse(terms.get(d)!) as DocTerms) : undefined),
    set: (d, t) => {
      asked.push(d);
      terms.set(d, JSON.stringify(t));
    },
  };
  return { kept, asked };
}

test('an index from kept terms is the index from the texts', () => {
  const plain = buildIndex(docs, lunr as unknown as Lunr);
  const terms = new Map<number, string>();
  const first = cache(terms, () => false);
  assert.deepEqual(buildIndex(docs, lunr as unknown as Lunr, first.kept), plain);
  assert.equal(first.asked.length, docs.length, 'every document worked out once');
  for (const [name, has] of [
    ['all kept', () => true],
    ['odd ones kept', (d: number) => d % 2 === 1],
    ['first ten new', (d: number) => d >= 10],
  ] as const) {
    const c = cache(new Map(terms), has);
    assert.deepEqual(buildIndex(docs, lunr as unknown as Lunr, c.kept), plain, name);
    assert.deepEqual(
      c.asked,
      docs.map((_, d) => d).filter((d) => !has(d)),
      `${name}: only the others worked out`,
    );
  }
});
