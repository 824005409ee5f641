// Characters XML and HTML forbid are removed where text enters the parser, and counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from '../../src/parse/input/clean.ts';
import { decode } from '../../src/parse/input/decode.ts';
import { parseText } from '../../src/parse/parser.ts';

const FORBIDDEN = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;

test('cleanText removes C0/C1 controls, noncharacters and lone surrogates, keeps tab and line breaks', () => {
  assert.deepEqual(cleanText('plain text'), { text: 'plain text', removed: 0 });
  assert.deepEqual(cleanText('a\u0001b\u0008c\u007f\u0085d'), { text: 'abcd', removed: 4 });
  assert.deepEqual(cleanText('x\uFFFEy\uFFFFz\uFDD0\u{1FFFE}'), { text: 'xyz', removed: 4 });
  assert.deepEqual(cleanText('lone \uD800 and \uDC00 high'), {
    text: 'lone  and  high',
    removed: 2,
  });
  // A pair is one character (an emoji), not two lone surrogates.
  assert.deepEqual(cleanText('ok 😀\t\r\n'), { text: 'ok 😀\t\r\n', removed: 0 });
});

test('a file with control characters decodes clean, with a warning that counts them', () => {
  const { text, warnings } = decode(
    new TextEncoder().encode('Title\u0001 here\n\nBody\uFFFE text.'),
  );
  assert.equal(text, 'Title here\n\nBody text.');
  assert.match(warnings.join(), /removed 2 character/);
});

test('forbidden characters reach no field of the record, from the text or from front matter', () => {
  const a = parseText(
    '---\ntitle: "Bad \\x01 title \\uFFFE"\nsource: "Wire\\x1f"\ntags: ["a\\x02b"]\n---\nHeadline\u0002 Of The Day\n\n17 February 2020\n\nThe body\u000b has a control character \uDBFF in it, officials said today.',
    'c.txt',
  );
  for (const v of [a.title, a.source, ...a.tags, ...a.body.map((b) => b.text)])
    assert.ok(!FORBIDDEN.test(v ?? ''), JSON.stringify(v));
  assert.equal(a.title, 'Bad title');
  assert.equal(a.source, 'Wire');
  assert.deepEqual(a.tags, ['ab']);
  assert.match(a.warnings.join(), /removed 3 character/);
  assert.match(a.warnings.join(), /front matter: removed 4 character/);
});
