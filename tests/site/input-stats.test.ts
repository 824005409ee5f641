// Files still as the last build saw them are not read again: the record comes from the cache
// by the file's identity (device, inode, size, times). A file replaced by another of the same
// size and modification time is still read (its change time moved); one changed just before it
// was looked at is not trusted next time; and a page that must show a file not read is given
// the file's text, or the build stops when the file is no longer the one parsed. Within one
// process (`npm start`), a file its watcher did not report is not even looked at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { writeCorpus } from '../../scripts/lib/corpus.ts';
import { InputChangedError, type LoadSession } from '../../src/parse/input/load.ts';
import { buildSite, type BuildResult } from '../../src/site/build.ts';
import { InputStats } from '../../src/site/cache/input-stats.ts';
import { configFromArgs } from '../../src/site/config.ts';
import { siteDigest } from '../support/digest.ts';
import { tempDir } from '../support/temp.ts';

const stat = (path: string) => statSync(path, { bigint: true });

test('a file is known by its identity, once its last change is old enough', () => {
  const dir = tempDir('input-stats-');
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'one');
  const later = Date.now() + 10_000;
  const first = new InputStats(dir);
  first.saw(file, stat(file), 'key-1', later);
  first.saw(join(dir, 'racy.txt'), stat(file), 'key-2'); // changed just now: not kept
  first.finish();
  const next = new InputStats(dir);
  assert.equal(next.known(file, stat(file)), 'key-1');
  assert.equal(next.known(join(dir, 'racy.txt'), stat(file)), undefined);
  // Same size, modification time put back: the change time tells.
  const { mtime } = statSync(file);
  writeFileSync(file, 'two');
  utimesSync(file, mtime, mtime);
  assert.equal(next.known(file, stat(file)), undefined);
  // A cache file that is not ours is no cache.
  writeFileSync(join(dir, 'inputs.json'), '{"version": 99, "files": {}}');
  assert.equal(new InputStats(dir).known(file, stat(file)), undefined);
});

const input = tempDir('input-stats-in-');
writeCorpus(input, 40, 21);
const site = join(tempDir('input-stats-site-'), 'site');
const config = () => configFromArgs(siteDefaults, ['--input', input, '--output', site]);
const texts = () => readdirSync(input).sort();
/** Makes every input file look changed long ago (as files of an archive are). */
const age = () => {
  const old = new Date(Date.now() - 3_600_000);
  for (const f of texts()) utimesSync(join(input, f), old, old);
};

async function clean(): Promise<string> {
  const out = join(tempDir('input-stats-clean-'), 'site');
  await buildSite(configFromArgs(siteDefaults, ['--input', input, '--output', out]), {
    cache: false,
  });
  return siteDigest(out);
}

test('a rebuild reads only changed files, and still shows the text of every page it renders', async () => {
  age();
  await buildSite(config());
  // utimes moves the change time to now: wait until those changes are old enough to trust.
  await new Promise((resolve) => setTimeout(resolve, 3100));
  await buildSite(config());
  const kept = JSON.parse(readFileSync(join(site, '..', '.site.cache', 'inputs.json'), 'utf8'));
  assert.equal(Object.keys(kept.files).length, texts().length, 'every file is known');
  // An edit of the same size, its modification time put back: read again, not taken as kept.
  const f = join(input, texts()[7]!);
  const before = readFileSync(f, 'utf8');
  const { mtime } = statSync(f);
  writeFileSync(f, before.replace(/\b(\w)(\w+)\b/, '$2$1'));
  utimesSync(f, mtime, mtime);
  // A rename re-renders neighbours whose files are not read: their pages show their text.
  const g = texts()[20]!;
  renameSync(join(input, g), join(input, `renamed-${g}`));
  const r = await buildSite(config());
  assert.ok(r.rendered > 0);
  assert.equal(siteDigest(site), await clean());
});

test('a file that changed after it was looked at stops the build before anything is published', async () => {
  age();
  await buildSite(config());
  await new Promise((resolve) => setTimeout(resolve, 3100));
  await buildSite(config());
  const digest = siteDigest(site);
  // A new title renders every page, so every file not read is read for its page; one of them
  // changes once the parse has looked at them all.
  const changing = join(input, texts()[4]!);
  const text = readFileSync(changing, 'utf8');
  const retitled = configFromArgs(siteDefaults, [
    '--input',
    input,
    '--output',
    site,
    '--title',
    'Another',
  ]);
  await assert.rejects(
    buildSite(retitled, {
      progress: (step, done, total) => {
        if (step === 'parse' && done === total)
          writeFileSync(changing, `${text}\nChanged meanwhile.\n`);
      },
    }),
    (e: Error) => {
      assert.ok(e instanceof InputChangedError);
      assert.match(e.message, /changed while the archive was built; nothing was published/);
      return true;
    },
  );
  assert.equal(siteDigest(site), digest);
  // The next build reads the changed file.
  await buildSite(retitled);
  assert.ok(readFileSync(join(site, 'index.html'), 'utf8').includes('Another'));
});

test('a session of one process: files its watcher did not report are taken as the last build read them', async () => {
  const input = tempDir('session-in-');
  writeCorpus(input, 12, 3);
  const outside = join(tempDir('session-outside-'), 'linked.txt');
  const names = readdirSync(input).sort();
  const story = 'Linked Story About The Harbour Museum\n\n3 March 2021\n\n';
  writeFileSync(
    outside,
    `${story}The museum opened on Monday after years of work, officials said.\n`,
  );
  symlinkSync(outside, join(input, 'zz-linked.txt'));
  const site = join(tempDir('session-site-'), 'site');
  const config = configFromArgs(siteDefaults, ['--input', input, '--output', site]);
  const session: LoadSession = { files: new Map(), changed: null };
  const bodyOf = (r: BuildResult, name: string) =>
    r.data.articles
      .find((e) => e.article.sourceFile === name)!
      .article.body.map((b) => b.text)
      .join(' ');
  await buildSite(config, { session });
  assert.equal(session.files.size, names.length + 1);
  const [reported, unreported] = [names[1]!, names[2]!];
  // Each edit in the first paragraph, under the headline and the date.
  for (const name of [reported, unreported])
    writeFileSync(
      join(input, name),
      readFileSync(join(input, name), 'utf8').replace(
        /\n\n(.+)\n\n(.+)/,
        '\n\n$1\n\n$2 Edited on purpose here.',
      ),
    );
  writeFileSync(
    outside,
    readFileSync(outside, 'utf8').replace('said.', "said. The link's target edited."),
  );
  session.changed = (name) => name === reported;
  const trusted = await buildSite(config, { session });
  assert.match(bodyOf(trusted, reported), /Edited on purpose/);
  assert.doesNotMatch(bodyOf(trusted, unreported), /Edited on purpose/, 'taken as it was');
  assert.match(bodyOf(trusted, 'zz-linked.txt'), /target edited/, 'a link is always looked at');
  // Every file looked at again: the clean build.
  session.changed = null;
  const full = await buildSite(config, { session });
  assert.match(bodyOf(full, unreported), /Edited on purpose/);
  const clean = join(tempDir('session-clean-'), 'site');
  await buildSite(configFromArgs(siteDefaults, ['--input', input, '--output', clean]), {
    cache: false,
  });
  assert.equal(siteDigest(site), siteDigest(clean));
  // And what the trusting build kept serves a build of another process as well.
  const other = await buildSite(config);
  assert.equal(other.rendered, 0);
});
