import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoize, memoizeShort } from '../../src/parse/memo.ts';

test('memoize answers as the function does, for any text, and asks it once per text', () => {
  const asked: string[] = [];
  const fn = memoize((s: string): number | boolean | null => {
    asked.push(s);
    return s === '' ? null : s.startsWith('n') ? false : s.length;
  });
  // Texts that name an object's own machinery, or look like array indexes, are texts too.
  const texts = [
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '0',
    '42',
    '',
    'no',
    'a b',
  ];
  for (const round of [1, 2])
    for (const t of texts)
      assert.equal(
        fn(t),
        t === '' ? null : t.startsWith('n') ? false : t.length,
        `${t} (${round})`,
      );
  assert.deepEqual(asked, texts);
});

test('memoizeShort asks the function once per short text, and every time for a long one', () => {
  const asked: string[] = [];
  const fn = memoizeShort((s: string) => {
    asked.push(s);
    return s.length;
  }, 3);
  for (const t of ['ab', 'abc', 'abcd', 'ab', 'abc', 'abcd']) assert.equal(fn(t), t.length);
  assert.deepEqual(asked, ['ab', 'abc', 'abcd', 'abcd']);
});
