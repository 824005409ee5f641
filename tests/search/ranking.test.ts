// The sharded index ranks exactly as one lunr index over the same documents: same results,
// same order, the same scores to the bit, on a generated archive of 2,000 articles, for every
// kind of query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import { generatedDocs } from '../../scripts/lib/archive.ts';
import { BOOSTS, FIELDS } from '../../src/search/fields.ts';
import type { LunrMetadata } from '../../src/search/lunr-types.ts';
import { openSearch } from '../../src/search/node.ts';
import { writeSearchIndex } from '../../src/search/write.ts';
import { tempDir } from '../support/temp.ts';

const docs = generatedDocs(2000, 7);
const dir = tempDir('search-ranking-');
const report = await writeSearchIndex(docs, dir);
const reference = lunr(function () {
  this.ref('ref');
  for (const f of FIELDS) this.field(f, { boost: BOOSTS[f] });
  this.metadataWhitelist = ['position'];
  for (const d of docs) this.add(d);
});
const opened = await openSearch(dir);
test.after(() => rmSync(dir, { recursive: true, force: true }));

// Words of every frequency, taken from the documents themselves (deterministic).
const words = ['government', 'oil', 'minister', 'flood', 'bridge', 'ceasefire', 'museum'];
const rare = docs[123]!.title
  .split(' ')
  .filter((w) => w.length > 5)[0]!
  .toLowerCase();
const QUERIES = [
  ...words,
  rare,
  'oil prices',
  'minister bank election',
  'storm damage roads',
  `${rare} government`,
  'gov*',
  'min*',
  `${rare.slice(0, 3)}*`,
  '*ment',
  'title:oil',
  'title:minister body:bank',
  `source:${docs
    .find((d) => d.source)!
    .source!.split(' ')[0]!
    .toLowerCase()}`,
  'goverment~1',
  'presidnt~2',
  '+oil -prices',
  '-oil',
  '+minister +bank',
  'minister +bank',
  'oil^10 prices',
  'oil oil^3',
  'title:oil body:oil',
  '-oil -prices',
  'title:minister +body:bank -prices',
  'oil^0',
  'nosuchwordanywhere',
  '+nosuchwordanywhere oil',
  'the',
];

test('the index is sharded (2,000 articles are not a small archive)', () => {
  assert.ok(report.shards > 10, `${report.shards} shards`);
  assert.equal(readdirSync(join(dir, 'd')).length, docs.length);
});

for (const q of QUERIES) {
  test(`"${q}" ranks as a single lunr index does`, async () => {
    const expected = reference.search(q);
    const actual = await opened.engine.search(q);
    if (!/nosuch|^the$/.test(q)) assert.ok(expected.length > 0, 'the query finds something');
    assert.deepEqual(
      actual.map((h) => docs[h.doc]!.ref),
      expected.map((r) => r.ref),
    );
    actual.forEach((h, i) => {
      assert.equal(h.score, expected[i]!.score, `score of result ${i}`);
      const fieldsOf = (m: LunrMetadata) =>
        Object.keys(m)
          .sort()
          .map((t) => [t, Object.keys(m[t]!).sort()]);
      assert.deepEqual(
        fieldsOf(h.matches),
        fieldsOf(expected[i]!.matchData.metadata as LunrMetadata),
      );
    });
  });
}

test('one-word queries load one shard', async () => {
  const o = await openSearch(dir);
  await o.engine.search('government');
  assert.equal([...o.read.keys()].filter((k) => k.startsWith('s/')).length, 1);
  assert.ok(!o.read.has('terms'), 'no vocabulary for a plain word');
});

test('highlight positions are the ones lunr keeps', async () => {
  for (const q of ['government', 'oil prices', 'gov*', 'title:minister']) {
    const expected = reference.search(q).slice(0, 5);
    const hits = (await opened.engine.search(q)).slice(0, 5);
    const shown = await opened.engine.docs(hits.map((h) => h.doc));
    hits.forEach((h, i) => {
      const meta = expected[i]!.matchData.metadata as Record<
        string,
        Record<string, { position: [number, number][] }>
      >;
      for (const field of ['title', 'body'] as const) {
        const terms = new Set(Object.keys(meta).filter((t) => meta[t]![field]));
        const want = [...terms]
          .flatMap((t) => meta[t]![field]!.position)
          .sort((a, b) => a[0] - b[0]);
        assert.deepEqual(opened.highlighter.positions(shown[i]![field], terms), want);
      }
    });
  }
});
