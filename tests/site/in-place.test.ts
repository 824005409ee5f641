// A rebuild that changes little is published in place: only the changed files are renamed over
// the published ones, the rest are not touched (not even relinked); the user's files stay; a
// path of the user's in the way stops it before anything changes; nothing is written or deleted
// through a symbolic link; and a rebuild killed half-way through its renames is made whole by
// the next build, which gives the clean build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { writeCorpus } from '../../scripts/lib/corpus.ts';
import { buildSite } from '../../src/site/build.ts';
import { configFromArgs } from '../../src/site/config.ts';
import { OutputConflictError } from '../../src/site/output/publish.ts';
import { besideOutput, siteDigest, treeDigest } from '../support/digest.ts';
import { tempDir } from '../support/temp.ts';
import { killedBuild } from '../support/killed-build.ts';

const config = (input: string, output: string) =>
  configFromArgs(siteDefaults, ['--input', input, '--output', output]);

/** An input of `n` texts and its site, built once. */
async function built(n = 60): Promise<{ input: string; site: string }> {
  const input = tempDir('in-place-in-');
  writeCorpus(input, n, 11);
  const site = join(tempDir('in-place-site-'), 'site');
  await buildSite(config(input, site));
  return { input, site };
}

async function cleanDigest(input: string): Promise<string> {
  const out = join(tempDir('in-place-clean-'), 'site');
  await buildSite(config(input, out), { cache: false });
  return siteDigest(out);
}

/** Adds a sentence to the `i`-th text of the input. */
function edit(input: string, i: number): void {
  const f = join(input, readdirSync(input).sort()[i]!);
  writeFileSync(f, `${readFileSync(f, 'utf8')}\nOne more sentence closes this article now.\n`);
}

/** Every article page of the site (`YYYY/MM/DD/slug/index.html`). */
const articlePages = (site: string) =>
  readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((rel) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(rel))
    .sort();

test('an edit is published in place: the rest of the site is not touched', async () => {
  const { input, site } = await built();
  writeFileSync(join(site, 'CNAME'), 'news.example.org\n');
  const pages = articlePages(site);
  const inner = join(site, dirname(pages[0]!), 'notes.txt');
  writeFileSync(inner, 'mine');
  // A hard link changes a file's ctime: untouched files keep theirs.
  const ctimes = new Map(pages.map((p) => [p, lstatSync(join(site, p)).ctimeMs]));
  edit(input, 30);
  const r = await buildSite(config(input, site));
  assert.equal(r.published!.how, 'in place');
  assert.deepEqual(r.published!.kept, ['CNAME']);
  assert.equal(readFileSync(join(site, 'CNAME'), 'utf8'), 'news.example.org\n');
  assert.equal(readFileSync(inner, 'utf8'), 'mine');
  rmSync(join(site, 'CNAME'));
  rmSync(inner);
  assert.equal(siteDigest(site), await cleanDigest(input));
  const touched = pages.filter((p) => lstatSync(join(site, p)).ctimeMs !== ctimes.get(p));
  assert.ok(touched.length > 0 && touched.length <= 5, `${touched.length} pages touched`);
  assert.deepEqual(besideOutput(site), []);
});

test('a deleted input: its page and its folder go, and the site is the clean build', async () => {
  // Removing one of 60 articles rewrites a tenth of their site (shards, lists): of 300, less.
  const { input, site } = await built(300);
  const before = new Set(articlePages(site));
  rmSync(join(input, readdirSync(input).sort()[5]!));
  const r = await buildSite(config(input, site));
  assert.equal(r.published!.how, 'in place');
  const gone = [...before].filter((p) => !existsSync(join(site, p)));
  assert.equal(gone.length, 1);
  assert.ok(!existsSync(join(site, dirname(gone[0]!))), 'its folder is removed');
  assert.equal(siteDigest(site), await cleanDigest(input));
});

test('a page the user edited is not replaced: the rebuild stops, nothing changed', async () => {
  const { input, site } = await built();
  const page = join(site, articlePages(site)[3]!);
  writeFileSync(page, 'my own version of this page');
  edit(input, 40);
  const snapshot = treeDigest(site);
  await assert.rejects(buildSite(config(input, site)), (e: Error) => {
    assert.ok(e instanceof OutputConflictError);
    assert.match(
      e.message,
      /did not write: \d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html\..*nothing was changed/,
    );
    return true;
  });
  assert.equal(treeDigest(site), snapshot);
  assert.deepEqual(besideOutput(site), []);
});

test('a symbolic link where a changed page’s folder was: refused, its target untouched', async () => {
  const { input, site } = await built();
  // The edited article's folder, moved out and linked back.
  const before = new Set(articlePages(site));
  edit(input, 20);
  const probe = join(tempDir('in-place-probe-'), 'site');
  cpSync(site, probe, { recursive: true });
  cpSync(join(dirname(site), '.site.cache'), join(dirname(probe), '.site.cache'), {
    recursive: true,
  });
  await buildSite(config(input, probe));
  const changed = [...before].filter(
    (p) => readFileSync(join(probe, p), 'utf8') !== readFileSync(join(site, p), 'utf8'),
  );
  assert.ok(changed.length > 0);
  const folder = join(site, dirname(changed[0]!));
  const outside = join(tempDir('in-place-outside-'), 'moved');
  renameSync(folder, outside);
  symlinkSync(outside, folder);
  const outsideBefore = treeDigest(outside);
  const snapshot = treeDigest(site);
  await assert.rejects(buildSite(config(input, site)), OutputConflictError);
  assert.equal(treeDigest(outside), outsideBefore);
  assert.equal(treeDigest(site), snapshot);
});

test('killed half-way through its renames: the next build gives the clean build', async () => {
  const { input, site } = await built();
  // An edit changes two or three files here (the page, a neighbour, a list): killed after one
  // and after two.
  for (const [i, moves] of [
    [10, 2],
    [50, 1],
  ] as const) {
    edit(input, i);
    const signal = await killedBuild(input, site, { moves });
    assert.equal(signal, 'SIGKILL', 'the build was killed while publishing in place');
    assert.ok(existsSync(join(dirname(site), '.site.journal')), 'its journal is left');
    const r = await buildSite(config(input, site));
    assert.equal(siteDigest(site), await cleanDigest(input));
    assert.ok(r.published);
    assert.deepEqual(besideOutput(site), []);
  }
});
