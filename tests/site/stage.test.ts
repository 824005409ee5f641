// The staging writer: files unchanged since the published build are recorded as they are (and
// hard-linked for a swap), others written anew (never in place: the published file may be the
// same inode); no path leaves the site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkUnchanged, Stage } from '../../src/site/output/stage.ts';
import { tempDir } from '../support/temp.ts';

const temp = (name: string) => tempDir(name);

test('unchanged files are kept as published, changed ones written anew', () => {
  const live = temp('stage-live-');
  const first = new Stage({ dir: live, live: null, prior: [] });
  first.write('a/index.html', 'same');
  first.write('b.html', 'old');
  const staging = temp('stage-');
  const second = new Stage({ dir: staging, live, prior: first.entries() });
  second.write('a/index.html', 'same');
  second.write('b.html', 'new');
  assert.deepEqual(second.unchanged(), ['a/index.html']);
  assert.deepEqual(
    second.entries().map(([rel]) => rel),
    ['a/index.html', 'b.html'],
  );
  assert.ok(!existsSync(join(staging, 'a/index.html')), 'not written: it is published already');
  assert.equal(readFileSync(join(staging, 'b.html'), 'utf8'), 'new');
  assert.equal(readFileSync(join(live, 'b.html'), 'utf8'), 'old');
  // For a swap, the unchanged files are hard-linked into the staging folder.
  linkUnchanged(staging, live, second.unchanged());
  assert.equal(
    lstatSync(join(staging, 'a/index.html')).ino,
    lstatSync(join(live, 'a/index.html')).ino,
  );
  // A published file edited since is not kept, even with the recorded bytes' hash.
  writeFileSync(join(live, 'a/index.html'), 'edit');
  const again = temp('stage-');
  const third = new Stage({ dir: again, live, prior: first.entries() });
  third.write('a/index.html', 'same');
  assert.deepEqual(third.unchanged(), []);
  assert.equal(readFileSync(join(again, 'a/index.html'), 'utf8'), 'same');
});

test('an empty folder where a file goes is replaced; clashes and escaping paths are errors', () => {
  const staging = temp('stage-');
  mkdirSync(join(staging, 'feed.xml'));
  const stage = new Stage({ dir: staging, live: null, prior: [] });
  stage.write('feed.xml', '<feed/>');
  assert.equal(readFileSync(join(staging, 'feed.xml'), 'utf8'), '<feed/>');
  assert.throws(
    () => stage.write('feed.xml', 'again'),
    /two files of the site are written to feed\.xml/,
  );
  for (const bad of ['../x.html', '/etc/x', 'a//b', 'a/./b', ''])
    assert.throws(() => stage.write(bad, 'x'), /leaves the site/, bad);
});
