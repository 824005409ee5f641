// Parser fixtures (tests/parse/fixtures/NAME/: source.txt, truth.json, expected.json).
// `npm run fixtures -- NAME...`: regenerates those fixtures' snapshots (expected.json) from the
// current parser, so a change of behaviour is reviewed one case at a time. Truth is never
// regenerated: it is checked by hand.
// `npm run fixtures -- --add NAME FILE`: a new fixture from a text: copies FILE in, writes its
// snapshot, and writes truth.json from the parser's output marked `unchecked`, which fails the
// tests until a person has corrected the truth and removed the mark.
// `npm run fixtures`: lists the fixtures whose snapshot differs from the current output.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parseBytes } from '../src/parse/parser.ts';

const root = 'tests/parse/fixtures';
const record = (name: string) =>
  parseBytes(readFileSync(join(root, name, 'source.txt')), 'source.txt');
const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;
const snapshot = (name: string) => {
  writeFileSync(join(root, name, 'expected.json'), json(record(name)));
  console.log(`wrote ${name}/expected.json`);
};
const cases = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const args = process.argv.slice(2);
if (args[0] === '--add') {
  const [, name, file] = args;
  if (!name || !file) throw new Error('usage: npm run fixtures -- --add NAME FILE');
  if (existsSync(join(root, name))) throw new Error(`fixture ${name} exists already`);
  mkdirSync(join(root, name));
  copyFileSync(file, join(root, name, 'source.txt'));
  const a = record(name);
  const truth = {
    file: 'source.txt',
    origin: file,
    unchecked:
      "written from the parser's output: correct every field by hand, then remove this line",
    title: a.title,
    date: a.date?.slice(0, 10) ?? null,
    byline: a.byline,
    source: a.source,
    body: a.body.map((b) => b.text),
    featured: a.featured.map((f) => ({ title: f.title, date: f.date })),
    featured_labelled: true,
    notes: '',
  };
  writeFileSync(join(root, name, 'truth.json'), json(truth));
  snapshot(name);
  console.log(
    `wrote ${name}/truth.json from the parser's output: it is not truth yet. Correct it by hand ` +
      '(the corpus README gives the rules), remove the "unchecked" line; until then the fixture fails.',
  );
} else if (args.length > 0) {
  for (const name of args) {
    if (!cases.includes(name))
      throw new Error(`no fixture ${name} (there are: ${cases.join(', ')})`);
    snapshot(name);
  }
} else {
  const stale = cases.filter((name) => {
    const file = join(root, name, 'expected.json');
    return existsSync(file) && readFileSync(file, 'utf8') !== json(record(name));
  });
  console.log(
    stale.length === 0
      ? 'every snapshot matches the parser'
      : `snapshots that differ (review, then npm run fixtures -- NAME): ${stale.join(' ')}`,
  );
}
