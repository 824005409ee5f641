// Regenerates the golden files: for each tests/parse/fixtures/NAME/source.txt, writes
// expected.json from the current parser, so a change of behaviour shows as a diff.
// `npm run fixtures -- --add NAME FILE` first copies a failing text in as a new fixture.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../src/parse/parser.ts';

const root = 'tests/parse/fixtures';
const args = process.argv.slice(2);
if (args[0] === '--add') {
  const [, name, file] = args;
  if (!name || !file) throw new Error('usage: npm run fixtures -- --add NAME FILE');
  mkdirSync(join(root, name), { recursive: true });
  copyFileSync(file, join(root, name, 'source.txt'));
}
for (const name of readdirSync(root).sort()) {
  const src = join(root, name, 'source.txt');
  const record = parseBytes(readFileSync(src), 'source.txt');
  writeFileSync(join(root, name, 'expected.json'), `${JSON.stringify(record, null, 1)}\n`);
  console.log(`wrote ${name}/expected.json`);
}
