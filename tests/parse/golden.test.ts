// Golden files: each fixture's source.txt parses to its expected.json (`npm run fixtures`
// regenerates them, so a change of behaviour shows as a reviewable diff).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../../src/parse/parser.ts';
import { validateArticle } from '../../src/model/validate.ts';

const root = 'tests/parse/fixtures';
for (const name of readdirSync(root).sort()) {
  test(`golden ${name}`, () => {
    const got = parseBytes(readFileSync(join(root, name, 'source.txt')), 'source.txt');
    assert.deepEqual(validateArticle(got), []);
    const expected: unknown = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8'));
    assert.deepEqual(JSON.parse(JSON.stringify(got)), expected);
  });
}
