// Bad input gets a clear message; odd input still parses; nothing is ever lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseBytes, parseText } from '../../src/parse/parser.ts';
import { InputError, MAX_INPUT_BYTES, MAX_INPUT_LINES } from '../../src/parse/input/decode.ts';
import { validateArticle } from '../../src/model/validate.ts';
import { accountsFor } from '../support/account.ts';

const enc = (s: string) => new TextEncoder().encode(s);

test('empty, whitespace-only and binary files are refused with a message', () => {
  assert.throws(() => parseBytes(new Uint8Array(), 'e.txt'), InputError);
  assert.throws(() => parseBytes(enc(' \n\n \t'), 'w.txt'), /empty/);
  assert.throws(
    () => parseBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2]), 'b.zip'),
    /binary/,
  );
});

test('Windows-1252 input is decoded with a warning', () => {
  const bytes = new Uint8Array([
    ...enc('Caf'),
    0xe9,
    ...enc(' opens its doors.\n\nIt was a fine day for all.'),
  ]);
  const a = parseBytes(bytes, 'c.txt');
  assert.match(a.warnings.join(' '), /Windows-1252/);
  assert.match(a.title ?? a.body[0]!.text, /Café/);
});

test('BOM, CRLF and CR line ends are understood', () => {
  const body =
    'A headline for the day\r\n\r\nThe first paragraph is here and it is long enough.\rThe second one follows it.';
  const a = parseBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(body)]), 'x.txt');
  assert.equal(a.title, 'A headline for the day');
  assert.equal(a.body.length, 2);
});

test('front matter overrides the text', () => {
  const a = parseText(
    '---\ndate: 2021-05-04\nsource: The Daily\ntags: [a, b]\n---\nTitle Here\n\nSome body text that is long enough to be prose.',
    'f.txt',
  );
  assert.equal(a.date, '2021-05-04');
  assert.equal(a.source, 'The Daily');
  assert.deepEqual(a.tags, ['a', 'b']);
});

test('a relative date is never turned into a date', () => {
  const a = parseText(
    'Something Happened Somewhere\n8h ago\n\nOn Sunday the thing happened, officials said.',
    'r.txt',
  );
  assert.equal(a.date, null);
});

test('files over the size or line limit are refused with a message, before they are parsed', () => {
  const lines = 'x\n'.repeat(MAX_INPUT_LINES);
  assert.throws(
    () => parseBytes(enc(`Title\n${lines}`), 'l.txt'),
    (e: Error) => {
      assert.ok(e instanceof InputError);
      assert.match(e.message, /file has 200,002 lines, over the 200,000/);
      return true;
    },
  );
  assert.throws(() => parseText(`Title\n${lines}`, 'l.txt'), InputError);
  const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
  assert.throws(() => parseBytes(big, 'b.txt'), /file is 8 MB, over the 8 MB limit/);
});

const lineArb = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    'Featured Stories',
    'Check Also',
    'By : A Writer',
    '17 February 2020',
    'Comment',
    'S/SH 11',
    '@highlight',
    'string(5) "[{}]"',
    'TEHRAN -- Something happened today.',
    '---',
  ),
  fc.lorem({ maxCount: 40, mode: 'sentences' }),
);

test('property: the parser never throws, the record is valid and every line is accounted for', () => {
  fc.assert(
    fc.property(
      fc.array(lineArb, { maxLength: 40 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      (lines, eol) => {
        const text = lines.join(eol);
        const a = parseText(text, 'p.txt');
        assert.deepEqual(validateArticle(a), []);
        accountsFor(text, a);
      },
    ),
    // A fixed seed keeps CI repeatable; FC_SEED=random explores new inputs locally.
    {
      numRuns: 300,
      ...(process.env.FC_SEED === 'random' ? {} : { seed: Number(process.env.FC_SEED ?? 20201) }),
    },
  );
});

// Scraped pages: menus, story lists, heads with dates and bylines, captions, then prose.
const pageLineArb = fc.oneof(
  fc.constantFrom(
    'Home',
    'World',
    'Sign in',
    'Most Popular Today',
    'More:',
    'Related',
    'Now On Now on Page Six',
    'By Jane Doe January 18, 2017 11:00 PM PST',
    'Jane Doe - Apr 16, 2015 8:02 pm UTC',
    'Le Monde | 04.05.2015 à 13h36 | Par Jean Dupont',
    'Jane Doe • 8h',
    'Nov. 20, 2019, 9:28 AM UTC',
    'Section|A Headline Printed Twice Near The Start',
    'A Headline Printed Twice Near The Start',
    '1 First story title here 2 Second story title here 3 Third one here',
    'Story Title Doubled Here Story Title Doubled Here',
    'Photo by Jane Doe/Outlet',
    'A caption line. Photograph: Jane Doe',
    'This story has been shared 1,234 times. 1,234',
  ),
  fc.lorem({ maxCount: 6, mode: 'words' }),
  fc.lorem({ maxCount: 3, mode: 'sentences' }),
);

test('property: scraped pages parse, validate and lose no line', () => {
  fc.assert(
    fc.property(fc.array(pageLineArb, { minLength: 20, maxLength: 120 }), (lines) => {
      const text = lines.join('\n');
      const a = parseText(text, 'page.txt');
      assert.deepEqual(validateArticle(a), []);
      accountsFor(text, a);
    }),
    {
      numRuns: 200,
      ...(process.env.FC_SEED === 'random' ? {} : { seed: Number(process.env.FC_SEED ?? 20201) }),
    },
  );
});
