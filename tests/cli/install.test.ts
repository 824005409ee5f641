// The command as a user installs it: the package packed, installed into a temporary prefix,
// then `news-archive build` on a folder outside the repository and `news-archive search` on
// the site it built, run from yet another folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp.ts';

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('npm pack, npm install -g --prefix, news-archive build and search from any folder', () => {
  const work = tempDir('install-');
  const tgz = npm(['pack', process.cwd(), '--silent'], work).trim().split('\n').pop()!;
  const prefix = join(work, 'prefix');
  npm(['install', '-g', '--prefix', prefix, join(work, tgz), '--no-audit', '--no-fund'], work);
  const bin = join(prefix, 'bin', 'news-archive');
  assert.ok(existsSync(bin), 'the bin is linked');

  const scrapes = join(work, 'my scrapes');
  mkdirSync(scrapes);
  for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(scrapes, f));
  writeFileSync(join(scrapes, 'news-archive.config.json'), '{ "title": "My Scrapes" }\n');
  const elsewhere = join(work, 'elsewhere');
  mkdirSync(elsewhere);
  const run = (args: string[]) =>
    spawnSync(bin, args, { cwd: elsewhere, encoding: 'utf8', timeout: 120_000 });

  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /news-archive build \[INPUT\]/);

  const built = run([
    'build',
    '../my scrapes',
    '--output',
    '../site',
    '--base-url',
    'https://news.example.net',
  ]);
  assert.equal(built.status, 0, built.stderr);
  assert.match(built.stdout, /built 5 of 5 files into .*site/);
  assert.ok(existsSync(join(work, 'site', 'index.html')), 'the site is where the user said');
  assert.ok(existsSync(join(work, 'site', 'assets', 'fonts.css')), 'assets from the package');
  assert.match(built.stdout, /settings from .*news-archive\.config\.json/);
  // The settings file was read as settings: nothing in the folder was passed over.
  assert.doesNotMatch(built.stdout, /not read/);
  assert.match(
    readFileSync(join(work, 'site', 'index.html'), 'utf8'),
    /<title>My Scrapes<\/title>/,
  );

  const found = run(['search', 'aleppo', '--dir', '../site', '--json']);
  assert.equal(found.status, 0, found.stderr);
  assert.equal(JSON.parse(found.stdout).total, 4);

  const buildHelp = run(['build', '--help']);
  assert.match(buildHelp.stdout, /^usage: news-archive build \[INPUT\]/);
  assert.doesNotMatch(buildHelp.stdout, /npm run/);

  const noInput = run(['build']);
  assert.equal(noInput.status, 2);
  assert.match(noInput.stderr, /give the folder of article texts/);
});
