// Only article texts are read: `.txt` and `.md` by default (`--include` changes that), never a
// hidden file or anything inside the output folder; what is not read is counted by kind; links
// to files are read, links to folders reported; pipes and devices are refused without blocking;
// an unreadable folder is reported and the rest builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { buildSite } from '../../src/site/build.ts';
import { configFromArgs } from '../../src/site/config.ts';
import { listInputs } from '../../src/parse/input/list.ts';
import { tempDir } from '../support/temp.ts';

const temp = (name: string) => tempDir(name);
const seedFiles = readdirSync('seeds').sort();
const include = siteDefaults.include;
const TEXT =
  'A Headline For The Test\n\n17 February 2020\n\nThe body has a sentence that is long enough to be prose.\n';

test('only .txt and .md files are read; the others are counted by kind', () => {
  const dir = temp('inputs-');
  copyFileSync(join('seeds', seedFiles[0]!), join(dir, 'a.txt'));
  writeFileSync(join(dir, 'b.md'), TEXT);
  writeFileSync(join(dir, 'C.TXT'), TEXT);
  for (const n of [1, 2, 3]) writeFileSync(join(dir, `${n}.json`), '{"title": "{"}');
  writeFileSync(join(dir, 'page.html'), '<p>hi</p>');
  writeFileSync(join(dir, 'README'), 'notes');
  writeFileSync(join(dir, '.hidden.txt'), TEXT);
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'HEAD.txt'), TEXT);
  const list = listInputs(dir, { include });
  assert.deepEqual(
    list.files.map((f) => f.name),
    ['C.TXT', 'a.txt', 'b.md'],
  );
  assert.deepEqual(Object.fromEntries(list.skipped), {
    '.json': 3,
    '.html': 1,
    'no extension': 1,
    hidden: 2,
  });
  assert.deepEqual(list.notRead.map((e) => `${e.name} ${e.kind}`).sort(), [
    '.git/ hidden',
    '.hidden.txt hidden',
    '1.json .json',
    '2.json .json',
    '3.json .json',
    'README no extension',
    'page.html .html',
  ]);
  // A settings file at the folder's top is the command's, not a text passed over.
  writeFileSync(join(dir, 'news-archive.config.json'), '{}');
  const withSettings = listInputs(dir, { include, settings: ['news-archive.config.json'] });
  assert.equal(withSettings.skipped.get('.json'), 3);
  const json = listInputs(dir, { include: ['**/*.json'] });
  assert.deepEqual(
    json.files.map((f) => f.name),
    ['1.json', '2.json', '3.json', 'news-archive.config.json'],
  );
});

test('an output folder inside the input is never read back: rebuilds keep the same articles', async () => {
  const input = temp('inputs-');
  for (const f of seedFiles) copyFileSync(join('seeds', f), join(input, f));
  const config = configFromArgs(siteDefaults, ['--input', input, '--output', join(input, 'site')]);
  const counts: number[] = [];
  for (let i = 0; i < 3; i++) counts.push((await buildSite(config)).data.articles.length);
  assert.deepEqual(counts, [seedFiles.length, seedFiles.length, seedFiles.length]);
  const again = await buildSite(config);
  assert.equal(again.skipped.get('output folder'), 1);
});

test('links to files are read, links to folders and broken links are reported', () => {
  const dir = temp('inputs-');
  const elsewhere = temp('inputs-elsewhere-');
  writeFileSync(join(elsewhere, 'real.txt'), TEXT);
  symlinkSync(join(elsewhere, 'real.txt'), join(dir, 'linked.txt'));
  symlinkSync(elsewhere, join(dir, 'folder-link'));
  symlinkSync(join(elsewhere, 'gone.txt'), join(dir, 'broken.txt'));
  const list = listInputs(dir, { include });
  assert.deepEqual(
    list.files.map((f) => f.name),
    ['linked.txt'],
  );
  assert.equal(list.skipped.get('symlinked folder'), 1);
  assert.deepEqual(
    list.problems.map((p) => p.name),
    ['broken.txt'],
  );
  assert.match(list.problems[0]!.error, /broken symbolic link/);
});

test('a named pipe is refused without blocking, by the build and by the parse command', () => {
  const dir = temp('inputs-');
  writeFileSync(join(dir, 'good.txt'), TEXT);
  const fifo = join(dir, 'pipe.txt');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
  const out = join(temp('inputs-out-'), 'site');
  // Nobody writes to the pipe: a build that opened it would wait for ever (the timeout).
  const build = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/build.ts', '--input', dir, '--output', out],
    { encoding: 'utf8', timeout: 60_000 },
  );
  assert.equal(build.status, 0, build.stderr);
  assert.match(build.stderr, /skipped pipe\.txt: .*named pipe/);
  assert.match(build.stdout, /built 1 of 1 files/);
  const parse = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', fifo], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(parse.status, 1);
  assert.match(JSON.parse(parse.stdout)[0].error, /not a regular file/);
});

test('an unreadable sub-folder is reported and the rest builds', () => {
  const dir = temp('inputs-');
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'good.txt'), TEXT);
  mkdirSync(join(dir, 'locked'));
  writeFileSync(join(dir, 'locked', 'hidden-away.txt'), TEXT);
  chmodSync(join(dir, 'locked'), 0o000);
  const parent = temp('inputs-out-');
  chmodSync(parent, 0o777);
  // Root reads any folder: the build runs as an unprivileged user then.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/build.ts', '--input', dir, '--output', join(parent, 'site')],
    { encoding: 'utf8', timeout: 60_000, ...asUser, env: { ...process.env, HOME: parent } },
  );
  chmodSync(join(dir, 'locked'), 0o755);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /skipped locked\/: cannot read folder/);
  assert.match(r.stdout, /built 1 of 1 files/);
});
