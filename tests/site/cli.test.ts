// `npm run build` from the command line: the report, and the exit codes: 0 built, 1 nothing to
// build (the previous site left alone), 2 a wrong configuration or an output folder the build may
// not use, 3 built but a file brought out an internal error. Skipped files do not fail a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { buildSite } from '../../src/site/build.ts';
import { configFromArgs } from '../../src/site/config.ts';
import { Parser } from '../../src/parse/parser.ts';
import type { ParseState } from '../../src/parse/state.ts';
import { report } from '../../src/site/report.ts';
import { treeDigest } from '../support/digest.ts';
import { tempDir } from '../support/temp.ts';

const build = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], {
    encoding: 'utf8',
  });
const temp = (name: string) => tempDir(name);
const seed = join('seeds', readdirSync('seeds').sort()[0]!);

test('a folder with good and bad files builds, reports the skipped ones, exits 0', () => {
  const input = temp('cli-in-');
  copyFileSync(seed, join(input, 'good.txt'));
  writeFileSync(join(input, 'empty.txt'), '');
  for (const n of [1, 2]) writeFileSync(join(input, `truth-${n}.json`), '{}');
  writeFileSync(join(input, 'page.html'), '<p>');
  const site = join(temp('cli-out-'), 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'CNAME'), 'example.org');
  const r = build('--input', input, '--output', site);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /built 1 of 2 files .*1 failed/);
  assert.match(r.stderr, /skipped empty\.txt: .*empty/i);
  assert.match(r.stdout, /not article texts, not read: 2 \.json, 1 \.html \(each file, and why: /);
  // Each file, and why, in a report file beside the site, which the site does not publish.
  const reportFile = join(dirname(site), '.site.report.txt');
  assert.ok(r.stdout.includes(reportFile));
  const lines = readFileSync(reportFile, 'utf8').split('\n');
  assert.deepEqual(lines.slice(0, 4), [
    'not article texts, not read (3)',
    '  page.html  [.html]',
    '  truth-1.json  [.json]',
    '  truth-2.json  [.json]',
  ]);
  assert.equal(lines[5], 'skipped: could not be read or parsed (1)');
  assert.match(lines[6]!, /^ {2}empty\.txt {2}.*empty/i);
  assert.equal(lines[8], 'built, with warnings (0)');
  assert.ok(!readdirSync(site).some((f) => f.includes('report')));
  assert.match(r.stdout, /kept 1 entry this tool did not write: CNAME/);
  // For people: no timing jargon unless asked; how to look at the site.
  assert.doesNotMatch(r.stdout, /after render|index \(beside\)/);
  assert.match(r.stdout, /^look at it: news-archive serve .* --output .*site/m);
  assert.match(r.stderr, /warning: the base URL is still https:\/\/example\.org/);
  const verbose = build(
    '--input',
    input,
    '--output',
    site,
    '--verbose',
    '--index-links',
    '--base-url=https://news.example.net',
  );
  assert.equal(verbose.status, 0, verbose.stderr);
  assert.match(
    verbose.stdout,
    /: parse \d+\.\d\d s, parse cache \d+\.\d\d s, output folder \d+\.\d\d s, index start \d+\.\d\d s, data/,
  );
  assert.match(verbose.stdout, /; pages rendered \d+, kept from the last build \d+$/m);
  assert.match(verbose.stdout, /^look at it: open .*site\/index\.html in a browser$/m);
  assert.doesNotMatch(verbose.stderr, /base URL is still/);
});

test('an empty or missing input folder says so, exits 1 and leaves the output alone', () => {
  const site = join(temp('cli-out-'), 'site');
  assert.equal(build('--input', 'seeds', '--output', site).status, 0);
  const before = treeDigest(site);
  const empty = build('--input', temp('cli-empty-'), '--output', site);
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /has no article texts/);
  const missing = build('--input', join(temp('cli-x-'), 'nope'), '--output', site);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read input folder/);
  const bad = temp('cli-bad-');
  writeFileSync(join(bad, 'empty.txt'), '');
  const none = build('--input', bad, '--output', site);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /no file gave an article: nothing was built/);
  assert.equal(treeDigest(site), before);
});

test('a wrong configuration or a forbidden output says what is wrong and exits 2', () => {
  const r = build('--base-url', 'not a url');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /base URL "not a url" is not an absolute URL/);
  const risky = build('--output', '.');
  assert.equal(risky.status, 2);
  assert.match(risky.stderr, /refusing to build into \.: .*holds the project/);
  const parent = temp('cli-parent-');
  const input = join(parent, 'in');
  mkdirSync(input);
  copyFileSync(seed, join(input, 'a.txt'));
  const holds = build('--input', input, '--output', parent);
  assert.equal(holds.status, 2);
  assert.match(holds.stderr, /holds the input folder/);
  const port = build('--serve', '--port');
  assert.equal(port.status, 2);
  assert.match(port.stderr, /--port needs a value/);
  assert.match(
    build('--serve', '--port', 'x').stderr,
    /--port must be a whole number from 0 to 65535, got "x"/,
  );
});

test('a file that brings out a bug is reported as an internal error; the rest builds; code 3', async () => {
  const input = temp('cli-in-');
  copyFileSync(seed, join(input, 'good.txt'));
  writeFileSync(
    join(input, 'boom.txt'),
    'A Headline\n\nThis text makes a rule fail, as a bug in a rule would.\n',
  );
  const parser = new Parser();
  parser.record.push({
    name: 'failsOnBoom',
    purpose: 'throws on one file, as a bug in a rule would',
    reads: [],
    sets: [],
    run(state: ParseState) {
      if (state.sourceFile === 'boom.txt')
        throw new TypeError('cannot read properties of undefined');
    },
  });
  const config = configFromArgs(siteDefaults, [
    '--input',
    input,
    '--output',
    join(temp('cli-out-'), 'site'),
  ]);
  const result = await buildSite(config, { parser });
  assert.equal(result.data.articles.length, 1);
  assert.deepEqual(
    result.failures.map((f) => [f.file, f.kind]),
    [['boom.txt', 'internal']],
  );
  const { lines, code } = report(config, result, 1);
  assert.equal(code, 3);
  assert.ok(
    lines.some(
      (l) => l.error && /internal error in boom\.txt: .*cannot read properties/.test(l.text),
    ),
  );
});
