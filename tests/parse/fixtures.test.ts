// Fixtures: one folder per real text, named by what it tests, with its `source.txt`, a
// hand-checked `truth.json` (title, date, byline, body, featured: the scorer's fields) and a
// snapshot of the whole record (`expected.json`). A record that differs from its truth fails,
// unless KNOWN-FAILURES.json lists the field with the reason (the list is printed below); one
// listed that now matches fails too, so the list stays true. The snapshot shows any change of
// behaviour as a diff: `npm run fixtures -- NAME` regenerates one (truth is never regenerated).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArticle } from '../../src/model/validate.ts';
import { Parser } from '../../src/parse/parser.ts';
import { FIXTURES, fixtureNames } from '../support/fixtures.ts';
import { differences, type Field, type Truth } from '../support/truth.ts';

const root = FIXTURES;
const known = JSON.parse(readFileSync(join(root, 'KNOWN-FAILURES.json'), 'utf8')) as Record<
  string,
  Partial<Record<Field, string>>
>;
const cases = fixtureNames();
const parser = new Parser({ checks: 'each rule' });

for (const name of cases) {
  test(`fixture ${name}`, (t) => {
    const got = parser.parseBytes(readFileSync(join(root, name, 'source.txt')), 'source.txt');
    assert.deepEqual(validateArticle(got), []);
    const truth = JSON.parse(readFileSync(join(root, name, 'truth.json'), 'utf8')) as Truth;
    assert.equal(truth.unchecked, undefined, `${name}: truth.json is not checked by hand yet`);
    const diff = differences(got, truth);
    const listed = known[name] ?? {};
    for (const [field, why] of diff) {
      assert.ok(field in listed, `${name}: ${field} differs from the truth: ${why}`);
      t.diagnostic(`known failure ${name} ${field}: ${listed[field]}`);
    }
    for (const field of Object.keys(listed) as Field[])
      assert.ok(
        diff.has(field),
        `${name}: ${field} now matches its truth: take it out of KNOWN-FAILURES.json`,
      );
    const snapshot = join(root, name, 'expected.json');
    if (existsSync(snapshot))
      assert.deepEqual(
        JSON.parse(JSON.stringify(got)),
        JSON.parse(readFileSync(snapshot, 'utf8')),
        `${name}: the record changed; if that is intended, npm run fixtures -- ${name}`,
      );
  });
}

test('every known failure names a fixture', () => {
  assert.deepEqual(
    Object.keys(known).filter((n) => !cases.includes(n)),
    [],
  );
});
