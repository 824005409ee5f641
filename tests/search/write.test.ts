// The written index: deterministic, small archives in one shard, every file a classic script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDocs } from '../../scripts/lib/archive.ts';
import { toSearchDoc } from '../../src/search/doc.ts';
import { decodeTable, docKeys, encodeTable } from '../../src/search/format.ts';
import { openSearch } from '../../src/search/node.ts';
import { writeSearchIndex } from '../../src/search/write.ts';
import { parseText } from '../../src/parse/parser.ts';
import { tempDir } from '../support/temp.ts';

const temp = (): string => tempDir('search-write-');
/** Runs `fn` with a fresh folder, removed after. */
async function inTemp(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = temp();
  try {
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true });
  }
}
const tree = (dir: string): Map<string, string> =>
  new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

test('same documents, byte-identical files', async () => {
  const docs = generatedDocs(600, 3);
  const [a, b] = [temp(), temp()];
  try {
    await writeSearchIndex(docs, a);
    await writeSearchIndex(docs, b);
    assert.deepEqual(tree(a), tree(b));
  } finally {
    rmSync(a, { recursive: true });
    rmSync(b, { recursive: true });
  }
});

test('a small archive is one shard and one document file, and finds its articles', () =>
  inTemp(async (dir) => {
    const docs = generatedDocs(40, 5);
    const report = await writeSearchIndex(docs, dir);
    assert.equal(report.shards, 1);
    assert.deepEqual(readdirSync(join(dir, 'd')), ['0.js']);
    const { engine } = await openSearch(dir);
    const word = docs[7]!.title.split(' ').find((w) => w.length > 6)!;
    const hits = await engine.search(word);
    assert.ok(hits.some((h) => h.doc === 7));
    assert.equal((await engine.docs([7]))[0]!.ref, docs[7]!.ref);
  }));

test('a large archive’s document files are named by day: one more article moves only its day’s', () =>
  inTemp(async (dir) => {
    assert.deepEqual(docKeys([18300, 18300, 18299, null, -3, null]), [
      'd/18300-0',
      'd/18300-1',
      'd/18299-0',
      'd/u-0',
      'd/-3-0',
      'd/u-1',
    ]);
    const docs = generatedDocs(600, 4);
    await writeSearchIndex(docs, dir);
    const before = tree(join(dir, 'd'));
    assert.equal(before.size, docs.length);
    // One more article, dated like the 300th: the documents of other days keep their files.
    const extra = { ...docs[300]!, ref: 'extra', title: 'An extra article' };
    const more = [...docs.slice(0, 300), extra, ...docs.slice(300)];
    await writeSearchIndex(more, dir);
    const after = tree(join(dir, 'd'));
    const moved = [...after].filter(([f, text]) => before.get(f) !== text);
    const sameDay = more.filter((d) => d.date?.slice(0, 10) === extra.date?.slice(0, 10)).length;
    assert.ok(moved.length >= 1 && moved.length <= sameDay, `${moved.length} files changed`);
    const { engine } = await openSearch(dir);
    for (const n of [0, 299, 300, 301, more.length - 1])
      assert.equal((await engine.docs([n]))[0]!.ref, more[n]!.ref, `document ${n}`);
  }));

test('rewriting a folder leaves no stale shards', () =>
  inTemp(async (dir) => {
    await writeSearchIndex(generatedDocs(900, 2), dir);
    const report = await writeSearchIndex(generatedDocs(30, 2), dir);
    assert.equal(readdirSync(join(dir, 's')).length, report.shards);
    assert.equal(readdirSync(join(dir, 'd')).length, 1);
  }));

test('search.js is one classic script: no module syntax, eval or innerHTML', () =>
  inTemp(async (dir) => {
    await writeSearchIndex(generatedDocs(5, 1), dir);
    const js = readFileSync(join(dir, 'search.js'), 'utf8');
    assert.doesNotMatch(js, /^\s*(import|export)\b/m);
    assert.doesNotMatch(js, /\beval\(|new Function|innerHTML|\.style\./);
    assert.doesNotThrow(() => new Function(js), 'parses as a classic script');
  }));

test('toSearchDoc joins body blocks and keeps the record fields', () => {
  const a = parseText(
    'Storm Hits Coast\n\nMarch 3, 2019\n\nFirst paragraph.\n\nSecond one.\n',
    'x.txt',
  );
  const d = toSearchDoc(a, '2019/03/03/storm-hits-coast/', '3 Mar 2019');
  assert.equal(d.ref, a.id);
  assert.equal(d.title, 'Storm Hits Coast');
  assert.equal(d.body, a.body.map((b) => b.text).join('\n\n'));
  assert.equal(d.url, '2019/03/03/storm-hits-coast/');
  assert.equal(d.shownDate, '3 Mar 2019'); // as the site's lists show dates
});

test('the date/source table is stored as day differences and read back as it was', () => {
  const table = { days: [18300, 18300, 18299, null, 17000, null], sources: [0, 1, -1, 2, 0, -1] };
  const file = encodeTable(table);
  assert.deepEqual(file.dayDeltas, [18300, 0, -1, null, -1299, null]);
  assert.deepEqual(decodeTable(file), table);
});
