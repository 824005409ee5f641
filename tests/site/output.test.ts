// A build into the folder of an earlier one writes over it in place and removes what it did not
// write: the folder ends up as a build into an empty one would leave it. A folder no build
// made is emptied first, whatever stands in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { buildSite } from '../../src/site/build.ts';
import { configFromArgs } from '../../src/site/config.ts';
import { MARKER, sweepOutput } from '../../src/site/output.ts';
import { siteFiles } from './links.ts';

const temp = (name: string) => mkdtempSync(join(tmpdir(), name));
const build = (input: string, output: string) =>
  buildSite(configFromArgs(siteDefaults, ['--input', input, '--output', output]));
const digest = (dir: string) => {
  const h = createHash('sha256');
  for (const f of siteFiles(dir)) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
};
/** A copy of the first `n` seeds. */
const seeds = (n: number) => {
  const dir = temp('output-in-');
  for (const f of readdirSync('seeds').sort().slice(0, n))
    copyFileSync(join('seeds', f), join(dir, f));
  return dir;
};

test('a rebuild with fewer articles leaves exactly what a build into an empty folder does', async () => {
  const site = join(temp('output-'), 'site');
  await build('seeds', site);
  const before = siteFiles(site);
  const two = seeds(2);
  const result = await build(two, site);
  const fresh = join(temp('output-fresh-'), 'site');
  await build(two, fresh);
  assert.ok(siteFiles(site).length < before.length, 'pages of the removed articles are gone');
  assert.deepEqual(siteFiles(site), siteFiles(fresh));
  assert.equal(digest(site), digest(fresh));
  assert.ok(siteFiles(site).includes(MARKER));
  assert.ok(result.timings.sweep !== undefined);
});

test('a folder no build made is emptied first, also where a file stands in place of a folder', async () => {
  const site = join(temp('output-'), 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'notes.txt'), 'not ours');
  writeFileSync(join(site, 'assets'), 'a file where the assets folder goes');
  await build(seeds(1), site);
  const fresh = join(temp('output-fresh-'), 'site');
  await build(seeds(1), fresh);
  assert.deepEqual(siteFiles(site), siteFiles(fresh));
});

test('sweepOutput removes unlisted files and the folders they leave empty', () => {
  const dir = temp('sweep-');
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  mkdirSync(join(dir, 'c'));
  for (const f of ['keep.html', 'drop.html', 'a/b/drop.js', 'c/keep.js'])
    writeFileSync(join(dir, f), f);
  const removed = sweepOutput(dir, new Set(['keep.html', 'c/keep.js'].map((f) => resolve(dir, f))));
  assert.equal(removed, 2);
  assert.deepEqual(siteFiles(dir), [MARKER, 'c/keep.js', 'keep.html'].sort());
  assert.deepEqual(readdirSync(dir).sort(), [MARKER, 'c', 'keep.html'].sort());
});
