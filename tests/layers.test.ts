// The layout shows the data flow, and arrows point one way: model ← parse ← site, model ←
// search ← site. The site reads the parser only through the loader and the Parser class; search
// and model import nothing of the layers above them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Every relative import of every module under src/, as [importer, imported] (paths from src/). */
function imports(): [string, string][] {
  const out: [string, string][] = [];
  for (const f of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.ts')) continue;
    const text = readFileSync(join('src', f), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g))
      out.push([f, normalize(join(dirname(f), m[1]!))]);
  }
  return out;
}

const layer = (path: string) => path.split('/')[0]!;
const ALLOWED: Record<string, string[]> = {
  model: ['model'],
  parse: ['model', 'parse'],
  search: ['model', 'search'],
  site: ['model', 'site', 'search', 'parse', 'cli', '..'],
  cli: ['cli'],
  types: ['types'],
};

test('each layer imports only the layers below it', () => {
  const wrong = imports().filter(([from, to]) => !ALLOWED[layer(from)]!.includes(layer(to)));
  assert.deepEqual(wrong, []);
});

test('the site reads the parser only through the loader and the Parser class', () => {
  const wrong = imports().filter(
    ([from, to]) =>
      layer(from) === 'site' &&
      layer(to) === 'parse' &&
      !['parse/input/load.ts', 'parse/parser.ts'].includes(to),
  );
  assert.deepEqual(wrong, []);
});
