// The parser fixtures' folders (tests/parse/fixtures/NAME/source.txt, truth.json, …).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = 'tests/parse/fixtures';

/** The fixtures' names, sorted. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** The path of every fixture's source text. */
export function fixtureSources(): string[] {
  return fixtureNames().map((n) => join(FIXTURES, n, 'source.txt'));
}
