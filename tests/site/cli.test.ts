// `npm run build` from the command line: the report, and exit codes only for a wrong
// configuration (2) or nothing to build (1); skipped files do not fail the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const build = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], {
    encoding: 'utf8',
  });
const temp = (name: string) => mkdtempSync(join(tmpdir(), name));

test('a folder with good and bad files builds, reports the skipped ones, exits 0', () => {
  const input = temp('cli-in-');
  copyFileSync(join('seeds', readdirSync('seeds')[0]!), join(input, 'good.txt'));
  writeFileSync(join(input, 'empty.txt'), '');
  const r = build('--input', input, '--output', join(temp('cli-out-'), 'site'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /built 1 of 2 files .*1 failed/);
  assert.match(r.stderr, /skipped empty\.txt: .*empty/i);
});

test('an empty or missing input folder says so and exits 1', () => {
  const empty = build('--input', temp('cli-empty-'), '--output', join(temp('cli-out-'), 'site'));
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /has no files/);
  const missing = build(
    '--input',
    join(temp('cli-x-'), 'nope'),
    '--output',
    join(temp('cli-out-'), 'site'),
  );
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read input folder/);
});

test('a wrong configuration says what is wrong and exits 2', () => {
  const r = build('--base-url', 'not a url');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /base URL "not a url" is not an absolute URL/);
  const risky = build('--output', '.');
  assert.equal(risky.status, 2);
  assert.match(risky.stderr, /refusing to empty output folder \./);
  const parent = temp('cli-parent-');
  const input = join(parent, 'in');
  assert.equal(build('--input', input, '--output', parent).status, 2);
});
