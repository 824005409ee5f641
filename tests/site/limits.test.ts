// No single file stops the archive: a file of any shape within the input limits builds (one
// long line, the most lines, paragraphs, text without spaces), a file over them is refused with
// its name before it is read into memory, and titles that would make unusable paths do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { buildSite } from '../../src/site/build.ts';
import { configFromArgs } from '../../src/site/config.ts';
import { siteFiles } from './links.ts';
import { MAX_INPUT_BYTES, MAX_INPUT_LINES } from '../../src/parse/input/decode.ts';
import { tempDir } from '../support/temp.ts';

const temp = (name: string) => tempDir(name);
const build = (input: string) =>
  buildSite(
    configFromArgs(siteDefaults, ['--input', input, '--output', join(temp('limits-out-'), 'site')]),
  );
const MAX = MAX_INPUT_BYTES;

test('a file at the limits, of any shape, builds; one over them is refused by name', async () => {
  const dir = temp('limits-');
  const head = 'A Title Here\n';
  writeFileSync(join(dir, 'one-line.txt'), head + 'word '.repeat((MAX - head.length) / 5 - 1));
  const short = Array.from({ length: MAX_INPUT_LINES - 1 }, (_, i) =>
    i % 7 ? `ab ${i % 100}` : '',
  );
  writeFileSync(join(dir, 'most-lines.txt'), [head.trim(), ...short].join('\n'));
  const sentence = 'The minister said on Sunday that the talks would go on for some time yet.';
  const paragraphs = Math.min(Math.floor(MAX / (sentence.length + 2)), MAX_INPUT_LINES / 2 - 2);
  writeFileSync(join(dir, 'paragraphs.txt'), head + `\n${sentence}\n`.repeat(paragraphs));
  writeFileSync(join(dir, 'no-spaces.txt'), head + 'x'.repeat(MAX - head.length));
  writeFileSync(join(dir, 'too-big.txt'), head + 'y'.repeat(MAX));
  writeFileSync(join(dir, 'too-many-lines.txt'), 'z\n'.repeat(MAX_INPUT_LINES));
  const result = await build(dir);
  assert.deepEqual(result.data.articles.map((e) => e.article.sourceFile).sort(), [
    'most-lines.txt',
    'no-spaces.txt',
    'one-line.txt',
    'paragraphs.txt',
  ]);
  const why = Object.fromEntries(result.failures.map((f) => [f.file, f.error]));
  assert.match(why['too-big.txt']!, /over the 8 MB limit/);
  assert.match(why['too-many-lines.txt']!, /over the 200,000 an article may have/);
  // The excerpt of text without spaces is bounded in characters, in the feeds too.
  const e = result.data.articles.find((x) => x.article.sourceFile === 'no-spaces.txt')!;
  assert.ok(e.excerpt.length <= 221, `${e.excerpt.length}`);
});

test('titles that would make unusable paths build: long words, clashing ids, Windows names', async () => {
  const dir = temp('limits-');
  const body = '\n\n17 February 2020\n\nThe body has a sentence that is long enough to be prose.\n';
  writeFileSync(
    join(dir, 'long.txt'),
    `${'Pneumonoultramicroscopicsilicovolcanoconiosis '.repeat(12).trim()}${body}`,
  );
  writeFileSync(join(dir, 'foo1.txt'), `Foo${body}`);
  writeFileSync(join(dir, 'foo2.txt'), `Foo${body.replace('The body', 'Another body')}`);
  writeFileSync(join(dir, 'foo3.txt'), `Foo 2${body}`);
  writeFileSync(join(dir, 'con.txt'), `---\nsource: NUL\ntags: [aux, COM1]\n---\nCon${body}`);
  const result = await build(dir);
  assert.equal(result.failures.length, 0, JSON.stringify(result.failures));
  const urls = result.data.articles.map((e) => e.url);
  assert.equal(new Set(urls).size, 5);
  for (const url of urls)
    for (const part of url.split('/').filter(Boolean)) {
      assert.ok(Buffer.byteLength(part) <= 120, part);
      assert.ok(!/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(part), part);
    }
  for (const named of [...result.data.sources, ...result.data.tags])
    assert.ok(!/\/(con|prn|aux|nul|com\d|lpt\d)\/$/i.test(named.url), named.url);
  const files = siteFiles(result.output);
  for (const e of result.data.articles) assert.ok(files.includes(`${e.url}index.html`), e.url);
});
