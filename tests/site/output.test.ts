// The output folder belongs to the user: a build replaces only the files its manifest records,
// keeps everything else (and says so), never follows a symbolic link, refuses folders it may not
// use before touching anything, and publishes a complete site or none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { buildSite } from '../../src/site/build.ts';
import { configFromArgs } from '../../src/site/config.ts';
import { OutputFolderError } from '../../src/site/output/guard.ts';
import { MANIFEST_FILE } from '../../src/site/output/manifest.ts';
import { OutputConflictError } from '../../src/site/output/publish.ts';
import { besideOutput, siteDigest, treeDigest, treeEntries } from '../support/digest.ts';
import { siteFiles } from './links.ts';
import { tempDir } from '../support/temp.ts';

const temp = (name: string) => tempDir(name);
const build = (input: string, output: string, ...args: string[]) =>
  buildSite(configFromArgs(siteDefaults, ['--input', input, '--output', output, ...args]));
/** A copy of the first `n` seeds. */
const seeds = (n: number) => {
  const dir = temp('output-in-');
  for (const f of readdirSync('seeds').sort().slice(0, n))
    copyFileSync(join('seeds', f), join(dir, f));
  return dir;
};
const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
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
  assert.equal(siteDigest(site), siteDigest(fresh));
  assert.ok(result.published!.removed > 0);
  // Nothing is left beside the output but the emptied folders the next build reuses.
  assert.deepEqual(besideOutput(site), []);
  const spare = join(dirname(site), '.site.spare');
  assert.deepEqual(
    treeEntries(spare).filter((rel) => !lstatSync(join(spare, rel)).isDirectory()),
    ['.news-archive-spare'],
  );
});

test('an unchanged rebuild keeps every file and publishes the same bytes', async () => {
  const site = join(temp('output-'), 'site');
  const first = await build('seeds', site);
  const digest = siteDigest(site);
  const again = await build('seeds', site);
  assert.equal(again.unchanged, first.written);
  assert.equal(again.published!.how, 'in place');
  assert.equal(siteDigest(site), digest);
});

test("the user's files in a built site stay, are reported, and are never overwritten", async () => {
  const site = join(temp('output-'), 'site');
  await build('seeds', site);
  write(join(site, 'CNAME'), 'news.example.org\n');
  write(join(site, '.nojekyll'), '');
  write(join(site, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
  write(join(site, '.git', 'objects', 'ab', 'cdef'), 'object');
  write(join(site, '2020', 'notes.txt'), 'my notes');
  mkdirSync(join(site, '.well-known'));
  const result = await build(seeds(2), site);
  assert.deepEqual(result.published!.kept, [
    '.git/',
    '.nojekyll',
    '.well-known/',
    '2020/',
    'CNAME',
  ]);
  assert.equal(readFileSync(join(site, 'CNAME'), 'utf8'), 'news.example.org\n');
  assert.equal(readFileSync(join(site, '.git', 'objects', 'ab', 'cdef'), 'utf8'), 'object');
  assert.equal(readFileSync(join(site, '2020', 'notes.txt'), 'utf8'), 'my notes');
  assert.ok(lstatSync(join(site, '.well-known')).isDirectory());
  // A page the user edited is theirs now: the next build stops rather than overwrite it.
  write(join(site, 'index.html'), 'my own home page');
  await assert.rejects(build('seeds', site), (e: Error) => {
    assert.ok(e instanceof OutputConflictError);
    assert.match(e.message, /index\.html/);
    return true;
  });
  assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), 'my own home page');
  assert.deepEqual(besideOutput(site), [], 'the staging folder is removed');
});

test('a folder no build made keeps its files; a file where the site needs a path stops the build', async () => {
  const site = join(temp('output-'), 'site');
  write(join(site, 'notes.txt'), 'not ours');
  write(join(site, '.hidden'), 'not ours either');
  const result = await build(seeds(1), site);
  assert.deepEqual(result.published!.kept, ['.hidden', 'notes.txt']);
  assert.equal(readFileSync(join(site, 'notes.txt'), 'utf8'), 'not ours');

  const other = join(temp('output-'), 'site');
  write(join(other, 'assets'), 'a file where the assets folder goes');
  write(join(other, 'mine.txt'), 'mine');
  await assert.rejects(build(seeds(1), other), /did not write: assets\. .*nothing was changed/);
  assert.deepEqual(readdirSync(other).sort(), ['assets', 'mine.txt']);
  assert.equal(readFileSync(join(other, 'assets'), 'utf8'), 'a file where the assets folder goes');
});

test('a planted marker or manifest makes no file of the user’s ours', async () => {
  const site = join(temp('output-'), 'site');
  write(join(site, '.news-archive'), 'Built by news-archive');
  write(join(site, 'index.html'), 'the user’s page');
  write(join(site, 'keep.txt'), 'keep');
  await assert.rejects(build(seeds(1), site), (e: Error) => {
    assert.ok(e instanceof OutputConflictError);
    assert.match(
      e.message,
      /index\.html.*holds \.news-archive, left by a build of an earlier version/s,
    );
    return true;
  });
  // A manifest that names the user's file (with a made-up hash) does not make it ours either.
  const files = {
    'index.html': [15, '0'.repeat(64), '1', '1'],
    'keep.txt': [4, '0'.repeat(64), '1', '1'],
  };
  write(join(site, MANIFEST_FILE), JSON.stringify({ tool: 'news-archive', version: 2, files }));
  await assert.rejects(build(seeds(1), site), OutputConflictError);
  assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), 'the user’s page');
  assert.equal(readFileSync(join(site, 'keep.txt'), 'utf8'), 'keep');
});

test('symbolic links inside the output are never followed, to write or to delete', async () => {
  const outside = temp('output-outside-');
  write(join(outside, 'precious.txt'), 'precious');
  const before = treeDigest(outside);
  const site = join(temp('output-'), 'site');
  await build('seeds', site);
  // A link where the site has a folder: the build stops, the link's target is untouched.
  symlinkSync(outside, join(site, 'search', 'link'));
  symlinkSync(join(outside, 'precious.txt'), join(site, 'precious-link.txt'));
  const result = await build(seeds(2), site);
  assert.deepEqual(result.published!.kept, ['precious-link.txt', 'search/']);
  assert.equal(readlinkSync(join(site, 'search', 'link')), outside);
  assert.equal(treeDigest(outside), before);
  // A link standing where the site writes its shards: refused, nothing followed or changed.
  const shards = join(site, 'search', 's');
  renameSync(shards, join(temp('output-shards-'), 's'));
  symlinkSync(outside, shards);
  const snapshot = treeDigest(site);
  await assert.rejects(build('seeds', site), /did not write: search\/s\./);
  assert.equal(treeDigest(outside), before);
  assert.equal(treeDigest(site), snapshot);
});

test('a symbolic link as the output: the site is built where it points, the link stays', async () => {
  const real = join(temp('output-real-'), 'site');
  mkdirSync(real);
  const link = join(temp('output-link-'), 'site');
  symlinkSync(real, link);
  const result = await build('seeds', link);
  assert.equal(result.output, real);
  assert.equal(readlinkSync(link), real);
  assert.ok(existsSync(join(real, 'index.html')));
  await build(seeds(1), link);
  assert.equal(readlinkSync(link), real);
});

test('folders the build may not use are refused before anything is read or touched', async () => {
  const input = seeds(1);
  // Each refusal leaves the folder as it was (the project's own are checked by a file in them).
  const refused = async (output: string, why: RegExp, from = input) => {
    const small = lstatSync(output).isDirectory() && output.startsWith(tmpdir());
    const before = small ? treeDigest(output) : null;
    await assert.rejects(build(from, output), (e: Error) => {
      assert.ok(e instanceof OutputFolderError, e.message);
      assert.match(e.message, why);
      return true;
    });
    if (before !== null) assert.equal(treeDigest(output), before);
  };
  await refused('.', /holds the project/);
  for (const f of ['README.md', 'src/site/build.ts', 'package.json']) assert.ok(existsSync(f), f);
  await refused('src', /folder of the project/);
  if (existsSync('.git')) await refused('.git', /folder of the project/);
  await refused('README.md', /is a file, not a folder/);
  const parent = temp('output-parent-');
  mkdirSync(join(parent, 'in'));
  copyFileSync(join('seeds', readdirSync('seeds').sort()[0]!), join(parent, 'in', 'a.txt'));
  await refused(parent, /holds the input folder/, join(parent, 'in'));
  await refused(input, /holds the input folder/);
  // A link to the project is the project.
  const link = join(temp('output-link-'), 'project');
  symlinkSync(process.cwd(), link);
  await refused(link, /holds the project/);
  // A mistyped input is reported before the output is looked at.
  const site = join(temp('output-'), 'site');
  await build('seeds', site);
  const digest = treeDigest(site);
  await assert.rejects(build(join(input, 'typo'), site), /cannot read input folder/);
  assert.equal(treeDigest(site), digest);
});

test('a build in which every file fails leaves the previous site as it was', async () => {
  const site = join(temp('output-'), 'site');
  await build('seeds', site);
  const digest = treeDigest(site);
  const bad = temp('output-bad-');
  writeFileSync(join(bad, 'empty.txt'), '');
  writeFileSync(join(bad, 'binary.txt'), Buffer.from([0, 1, 2, 0]));
  const result = await build(bad, site);
  assert.equal(result.published, null);
  assert.equal(result.failures.length, 2);
  assert.equal(treeDigest(site), digest);
});

test('one build at a time per output folder; a lock a killed build left is taken over', async () => {
  const site = join(temp('output-'), 'site');
  const lock = join(dirname(site), '.site.lock');
  // A process that runs (this one's parent) holds the lock: the build stops, nothing changes.
  writeFileSync(lock, `${process.ppid}\n`);
  await assert.rejects(build(seeds(1), site), /another build \(process \d+\) is publishing/);
  assert.ok(!existsSync(site));
  // A process that no longer runs left it.
  writeFileSync(lock, '2147483646\n');
  await build(seeds(1), site);
  assert.ok(existsSync(join(site, 'index.html')));
  assert.ok(!existsSync(lock));
});
