// The build cache's files (here with parse records): results read back as they were written,
// only the version that wrote them reads them, a file cut short by a killed build loses only its
// last result, and finishing removes other versions and what a killed build left. A process that
// builds again and again keeps results, the manifest and the page cache in a memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.ts';
import { parseText } from '../../src/parse/parser.ts';
import { JsonlCache } from '../../src/site/cache/jsonl-cache.ts';
import { readPageCache, writePageCache } from '../../src/site/cache/page-cache.ts';
import { MANIFEST_FILE, readManifest, writeManifest } from '../../src/site/output/manifest.ts';
import { tempDir } from '../support/temp.ts';

const TEXT =
  'A Headline For The Test\n\n17 February 2020\n\nThe body has a sentence long enough to be prose.\n';

test('records come back as written, for their version only; leftovers are removed', () => {
  const root = tempDir('parse-cache-');
  const a = parseText(TEXT, 'a.txt');
  const b = parseText(TEXT.replace('Test', 'Other Test'), 'b.txt');
  const first = new JsonlCache<Article>(root, 'v1');
  assert.equal(first.get('ka'), undefined);
  first.set('ka', a);
  first.set('kb', b);
  writeFileSync(join(root, 'v1.jsonl.tmp-999'), 'left by a killed build');
  first.finish();
  assert.deepEqual(readdirSync(root), ['v1.jsonl']);

  const again = new JsonlCache<Article>(root, 'v1');
  assert.deepEqual(again.get('ka'), a);
  assert.equal(new JsonlCache<Article>(root, 'v2').get('ka'), undefined);
  // Only what this build used is kept.
  again.finish();
  assert.equal(readFileSync(join(root, 'v1.jsonl'), 'utf8').split('\n').length, 2);

  // Cut short: the whole lines are still read; the cut one is parsed again.
  const third = new JsonlCache<Article>(root, 'v1');
  third.get('ka');
  third.set('kb', b);
  third.finish();
  const path = join(root, 'v1.jsonl');
  truncateSync(path, readFileSync(path).length - 10);
  const cut = new JsonlCache<Article>(root, 'v1');
  assert.deepEqual(cut.get('ka'), a);
  assert.equal(cut.get('kb'), undefined);
  const v2 = new JsonlCache<Article>(root, 'v2');
  v2.set('ka', a);
  v2.finish();
  assert.deepEqual(readdirSync(root), ['v2.jsonl']);
});

test('results given as JSON text come back as values, beside the ones given as values', () => {
  const root = tempDir('jsonl-cache-');
  const first = new JsonlCache<{ n: number }>(root, 'v1');
  first.set('ka', { n: 1 });
  first.setJson('kb', JSON.stringify({ n: 2 }));
  first.finish();
  const again = new JsonlCache<{ n: number }>(root, 'v1');
  assert.deepEqual(
    [again.get('ka'), again.get('kb'), again.get('kc')],
    [{ n: 1 }, { n: 2 }, undefined],
  );
});

test('a memory across builds gives the results the file holds, without parsing them again', () => {
  const root = tempDir('parse-cache-memory-');
  const memory = new Map<string, unknown>();
  const a = parseText(TEXT, 'a.txt');
  const b = parseText(TEXT.replace('Test', 'Other Test'), 'b.txt');
  const first = new JsonlCache<Article>(root, 'v1', memory);
  first.set('ka', a);
  first.set('kb', b);
  first.finish();
  // What a build made is remembered, and the next build gets that very object.
  const second = new JsonlCache<Article>(root, 'v1', memory);
  assert.equal(second.get('ka'), a);
  second.finish(); // kb was not used: forgotten, as the file forgets it
  assert.equal(memory.size, 1);
  const third = new JsonlCache<Article>(root, 'v1', memory);
  assert.equal(third.get('kb'), undefined);
  // Another version's file is another cache: nothing of v1 is served for it.
  assert.equal(new JsonlCache<Article>(root, 'v2', memory).get('ka'), undefined);
  // A result the file no longer holds is not served from memory either.
  const fourth = new JsonlCache<Article>(root, 'v1', memory);
  writeFileSync(join(root, 'v1.jsonl'), '');
  assert.equal(fourth.get('ka'), undefined);
});

test('a memory gives the manifest again while its file is unchanged, and a rewritten one anew', () => {
  const dir = tempDir('manifest-memory-');
  const record = (sha: string) => ({ size: 1, sha256: sha, ino: '1', mtimeNs: '1' });
  writeManifest(dir, new Map([['a.html', record('aa')]]));
  const memory = new Map<string, unknown>();
  const first = readManifest(dir, memory);
  assert.deepEqual([...first], [['a.html', record('aa')]]);
  // A copy: what the caller changes is not what the next build is given.
  first.set('b.html', record('bb'));
  assert.deepEqual([...readManifest(dir, memory)], [['a.html', record('aa')]]);
  rmSync(join(dir, MANIFEST_FILE));
  writeManifest(dir, new Map([['a.html', record('cc')]]));
  assert.deepEqual([...readManifest(dir, memory)], [['a.html', record('cc')]]);
  rmSync(join(dir, MANIFEST_FILE));
  assert.equal(readManifest(dir, memory).size, 0);
});

test('a memory gives the page cache this process wrote last', () => {
  const dir = tempDir('pages-memory-');
  const memory = new Map<string, unknown>();
  const pages = new Map([['index.html', { key: 'k', sha256: 's' }]]);
  writePageCache(dir, pages, memory);
  writeFileSync(join(dir, 'pages.json'), '{}');
  assert.deepEqual([...readPageCache(dir, memory)], [...pages]);
  assert.equal(readPageCache(dir).size, 0);
});

test('a result kept without being read stays in the file; one the file lacks is not made up', () => {
  const root = tempDir('keep-cache-');
  const a = parseText(TEXT, 'a.txt');
  const first = new JsonlCache<Article>(root, 'v1');
  first.set('ka', a);
  first.set('kb', a);
  first.finish();
  const second = new JsonlCache<Article>(root, 'v1');
  second.keep('ka');
  second.keep('missing');
  second.finish();
  const third = new JsonlCache<Article>(root, 'v1');
  assert.deepEqual(third.get('ka'), a);
  assert.equal(third.get('kb'), undefined, 'not used: gone');
  assert.equal(third.get('missing'), undefined);
});
