// The five seeds parse to the hand-checked truth in ../shared/corpus/seeds (kept here as
// tests/parse/truth so the test runs without shared/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseBytes } from '../../src/parse/parser.ts';

interface Truth {
  title: string | null;
  date: string | null;
  source: string | null;
  body: string[];
  featured: { title: string; date: string | null }[];
}
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

for (const file of readdirSync('seeds').sort()) {
  test(`seed ${file} matches its ground truth`, () => {
    const truth = JSON.parse(
      readFileSync(`tests/parse/truth/${file.replace(/\.txt$/, '.json')}`, 'utf8'),
    ) as Truth;
    const a = parseBytes(readFileSync(`seeds/${file}`), file);
    assert.equal(a.title, truth.title);
    assert.equal(a.date?.slice(0, 10) ?? null, truth.date);
    assert.equal(a.source, truth.source);
    assert.deepEqual(
      a.body.map((b) => norm(b.text)),
      truth.body.map(norm),
    );
    assert.deepEqual(
      a.featured.map((f) => [norm(f.title), f.date]),
      truth.featured.map((f) => [norm(f.title), f.date]),
    );
  });
}
