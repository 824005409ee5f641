// Rebuilds with the build cache beside the output (parse records and search terms by file,
// pages by the key of their data) give the very site a clean build of the same input gives,
// byte for byte: after files are added, edited, deleted and renamed, after a configuration
// change, and after a rebuild killed half-way. A rebuild after one edit parses one file and
// renders a few pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { writeCorpus } from '../../scripts/lib/corpus.ts';
import { buildSite, type BuildResult } from '../../src/site/build.ts';
import { configFromArgs } from '../../src/site/config.ts';
import { bodyPending } from '../../src/site/cache/record-codec.ts';
import { startIndexService, type IndexJob, type IndexResult } from '../../src/site/search-step.ts';
import { warmThread } from '../../src/site/thread.ts';
import { siteDigest } from '../support/digest.ts';
import { tempDir } from '../support/temp.ts';
import { killedBuild } from '../support/killed-build.ts';

const input = tempDir('incremental-in-');
writeCorpus(input, 120, 5);
const site = join(tempDir('incremental-site-'), 'site');
const config = (output: string, extra: string[] = []) =>
  configFromArgs(siteDefaults, ['--input', input, '--output', output, ...extra]);

/** A clean build of the input as it is now (no cache), and its digest. */
async function clean(extra: string[] = []): Promise<string> {
  const out = join(tempDir('incremental-clean-'), 'site');
  await buildSite(config(out, extra), { cache: false });
  return siteDigest(out);
}

async function rebuild(extra: string[] = []): Promise<BuildResult> {
  const r = await buildSite(config(site, extra));
  assert.equal(siteDigest(site), await clean(extra), 'the rebuild is the clean build');
  return r;
}

/** The search index's thread as a build of a large archive starts it (search-step.ts). */
const oneBuildsThread = () =>
  warmThread<IndexJob, IndexResult>(
    new URL('../../src/site/search-step.ts', import.meta.url),
    'writeIndexJob',
  );

const texts = () =>
  readdirSync(input)
    .filter((f) => f.endsWith('.txt'))
    .sort();

test('a first build fills the cache; a rebuild of the same input renders no article page', async () => {
  const first = await buildSite(config(site));
  assert.equal(first.reused, 0);
  assert.ok(existsSync(join(site, '..', '.site.cache', 'pages.json')));
  // The search index's terms: one file, a line per article.
  const terms = join(site, '..', '.site.cache', 'index');
  assert.equal(readdirSync(terms).length, 1);
  const lines = readFileSync(join(terms, readdirSync(terms)[0]!), 'utf8')
    .trim()
    .split('\n');
  assert.equal(lines.length, first.data.articles.length);
  const same = await rebuild();
  assert.equal(same.rendered, 0);
  assert.equal(same.reused, first.rendered);
});

test('one edited file: one page and its neighbours’ and lists are rendered, the rest kept', async () => {
  const file = join(input, texts()[10]!);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\n\n(.+)/, '\n\n$1 A sentence added.'));
  const r = await rebuild();
  assert.ok(r.rendered > 0, 'the edited article is rendered');
  assert.ok(r.rendered < (r.rendered + r.reused) / 5, `${r.rendered} of ${r.rendered + r.reused}`);
});

test('an edit: the records of pages not rendered keep their bodies unparsed', async () => {
  const file = join(input, texts()[30]!);
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8')}\nA closing sentence added to the body here.\n`,
  );
  // The index in a thread of its own, as on a large archive (a small one's index holds every
  // document in one file, and so reads every body).
  const r = await buildSite(config(site), { indexThread: oneBuildsThread() });
  assert.equal(siteDigest(site), await clean(), 'the rebuild is the clean build');
  const pending = r.data.articles.filter((e) => bodyPending(e.article)).length;
  // Read: the pages rendered, and what the home page and feeds show (a fifth of this archive).
  assert.ok(pending >= r.data.articles.length * 0.75, `${pending} of ${r.data.articles.length}`);
  // New articles move every list page after them; those show kept excerpts, not bodies.
  const more = tempDir('incremental-pending-');
  writeCorpus(more, 3, 77);
  for (const f of readdirSync(more)) renameSync(join(more, f), join(input, `pending-${f}`));
  const grown = await buildSite(config(site), { indexThread: oneBuildsThread() });
  assert.equal(siteDigest(site), await clean(), 'the rebuild is the clean build');
  const read = grown.data.articles.filter((e) => !bodyPending(e.article)).length;
  // The pages rendered show some bodies (article pages, feeds), none for a list's excerpts.
  assert.ok(read < grown.rendered, `${read} bodies read, ${grown.rendered} pages rendered`);
});

test('the index in a thread of one build reads from the parse cache the bodies it needs', async () => {
  // Without its terms, the index needs every body; the records' are in the parse cache.
  rmSync(join(site, '..', '.site.cache', 'index'), { recursive: true });
  await buildSite(config(site), { indexThread: oneBuildsThread() });
  assert.equal(siteDigest(site), await clean(), 'the rebuild is the clean build');
});

test('added, deleted and renamed files', async () => {
  const more = tempDir('incremental-more-');
  writeCorpus(more, 3, 99);
  for (const f of readdirSync(more)) renameSync(join(more, f), join(input, `more-${f}`));
  await rebuild();
  rmSync(join(input, texts()[0]!));
  await rebuild();
  const [a] = texts();
  renameSync(join(input, a!), join(input, `renamed-${a}`));
  await rebuild();
});

test('a configuration change renders every page again', async () => {
  const r = await rebuild(['--title', 'Another Title']);
  assert.equal(r.reused, 0);
  await rebuild();
});

test('a rebuild killed half-way: the next build is still the clean build', async () => {
  const more = tempDir('incremental-kill-');
  writeCorpus(more, 5, 123);
  for (const f of readdirSync(more)) renameSync(join(more, f), join(input, `kill-${f}`));
  for (const when of ['staged', 300, 1200] as const) {
    await killedBuild(input, site, when === 'staged' ? when : { ms: when });
    await rebuild();
    // The next change after the kill, so each killed build has work to do.
    const f = join(input, texts()[20]!);
    writeFileSync(f, `${readFileSync(f, 'utf8')}\nOne more closing sentence of the body here.\n`);
  }
  await rebuild();
});

test('a cache that cannot be written is reported, and the site is still built', async () => {
  const out = join(tempDir('incremental-nocache-'), 'site');
  writeFileSync(join(out, '..', '.site.cache'), 'a file where the cache folder would go');
  const r = await buildSite(config(out));
  assert.ok(r.published);
  assert.match(r.cacheProblem ?? '', /could not keep the build cache/);
  assert.equal(siteDigest(out), await clean());
  // Kept later by the caller (npm start), the problem is what that work returns.
  let keepCache: (() => string | null) | null = null;
  const later = await buildSite(config(out), { deferCache: (k) => (keepCache = k) });
  assert.ok(later.published);
  assert.match(
    (keepCache as unknown as () => string | null)() ?? '',
    /could not keep the build cache/,
  );
});

test('rebuilds of one process keeping the cache in memory (npm start) are the clean build', async () => {
  const memory = new Map<string, unknown>();
  // The search index in one thread for all the builds, as npm start has it (with its memory).
  const indexThread = startIndexService();
  const out = join(tempDir('incremental-memory-'), 'site');
  const step = async () => {
    // The cache kept after the build, as npm start keeps it once the browser has reloaded.
    let keepCache: (() => string | null) | null = null;
    await buildSite(config(out), { memory, indexThread, deferCache: (k) => (keepCache = k) });
    assert.equal(siteDigest(out), await clean(), 'the rebuild is the clean build');
    assert.ok(keepCache, 'the cache is handed over');
    assert.equal((keepCache as () => string | null)(), null);
  };
  try {
    await step();
    assert.ok(memory.size > 0, 'the records are remembered');
    assert.equal(indexThread.held.size, texts().length, 'the thread holds every document');
    const [first, second] = [join(input, texts()[3]!), join(input, texts()[4]!)];
    writeFileSync(
      first,
      readFileSync(first, 'utf8').replace(/\n\n(.+)/, '\n\n$1 Another sentence.'),
    );
    await step();
    rmSync(second);
    await step();
    writeFileSync(second, readFileSync(join(input, texts()[5]!), 'utf8'));
    await step();
  } finally {
    await indexThread.close();
  }
  // What the last of them kept serves a build of another process.
  const r = await buildSite(config(out));
  assert.equal(r.rendered, 0);
  assert.equal(siteDigest(out), await clean());
});
