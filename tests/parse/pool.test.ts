// The parse command's pool: on one thread or several, the bytes it writes are the array
// `JSON.stringify(loadFiles(files), null, 1)` would print, ids made unique across the batch,
// failures in their place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFailure, loadFiles } from '../../src/parse/input/load.ts';
import { parseFilesToJson, writeArrayJson } from '../../src/parse/input/pool.ts';
import { fixtureSources } from '../support/fixtures.ts';
import { tempDir } from '../support/temp.ts';

/** What the command prints for `files` with `workers` threads beside this one. */
async function printed(files: string[], workers: number): Promise<string> {
  const parts: (Uint8Array | string)[] = [];
  writeArrayJson(await parseFilesToJson(files, { workers }), (b) => parts.push(b));
  return parts.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');
}

const expected = (files: string[]) =>
  JSON.stringify(
    loadFiles(files).map((r) => (isFailure(r) ? r : r.article)),
    null,
    1,
  );

test('one thread or two, the pool prints what loadFiles gives, in order', async (t) => {
  const dir = tempDir('news-archive-pool-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const same = 'A Headline Printed Twice\n\nThe story says what happened, at some length.\n';
  writeFileSync(join(dir, 'a.txt'), same);
  writeFileSync(join(dir, 'b.txt'), same); // the same id: made unique
  writeFileSync(
    join(dir, 'c.txt'),
    'A Headline Printed Twice 2\n\nAnother story, told at length.\n',
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  mkdirSync(join(dir, 'folder.txt'));
  const files = [
    ...['a', 'b', 'empty', 'c', 'folder'].map((f) => join(dir, `${f}.txt`)),
    ...fixtureSources(),
    join(dir, 'a.txt'),
  ];
  const want = expected(files);
  assert.match(want, /"id": "undated-a-headline-printed-twice-3"/);
  assert.equal(await printed(files, 0), want);
  assert.equal(await printed(files, 1), want);
});

test('no files print an empty array', async () => {
  assert.equal(await printed([], 1), '[]');
});
