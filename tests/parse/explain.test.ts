// `npm run explain`: every line of a text says where it ended and which rule put it there; every
// reason the parser gives has plain words for the site's source-text view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasWords } from '../../src/model/reasons.ts';
import { fixtureSources } from '../support/fixtures.ts';
import { Parser } from '../../src/parse/parser.ts';

const texts = [...readdirSync('seeds').map((f) => join('seeds', f)), ...fixtureSources()];

test('every non-blank line of the seeds and fixtures is explained by a rule', () => {
  const parser = new Parser();
  for (const file of texts) {
    const { lines } = parser.explain(readFileSync(file, 'utf8'), file);
    for (const l of lines)
      if (l.raw.trim() !== '') assert.ok(l.rule !== null, `${file}:${l.no} names no rule`);
  }
});

test('every reason the parser gives has plain words', () => {
  const parser = new Parser();
  const reasons = new Set<string>();
  for (const file of texts) {
    const { article } = parser.explain(readFileSync(file, 'utf8'), file);
    for (const d of article.dropped) reasons.add(d.reason);
  }
  assert.ok(reasons.size > 10);
  assert.deepEqual(
    [...reasons].filter((r) => !hasWords(r)),
    [],
  );
});

test('npm run explain prints each line with its place and rule', () => {
  const seed = join('seeds', readdirSync('seeds').sort()[0]!);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', seed], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^\s+1 {2}dropped: scraper-header\s+scraperHeader\s+date 2020-02-17/m);
  assert.match(r.stdout, /^\s+4 {2}title\s+title\s+Larijani/m);
  assert.match(r.stdout, /^title: Larijani/m);
  const rules = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', '--rules'], {
    encoding: 'utf8',
  });
  assert.match(rules.stdout, /^ {2}featuredList +Labelled story lists/m);
});
