// The fast helpers agree with the patterns that define them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { looseKey, NON_WORD_RUN } from '../../src/model/text.ts';
import { wordCount } from '../../src/parse/text.ts';

/** A word: a space-separated part holding a letter or digit (wordCount's definition). */
const WORD = /(?<=^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** Scripts written without spaces, whose words wordCount takes from Intl.Segmenter. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** The code unit ranges text.ts tells them by (a little wider than the scripts' letters). */
const UNSPACED_UNITS =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3005-\u3007\u303b\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua9e0-\ua9ff\uaa60-\uaa7f\ud840-\ud87f\uf900-\ufaff\uff66-\uff9d]/;
const segmented = (s: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'word' }).segment(s)].filter((p) => p.isWordLike)
    .length;

test('property: wordCount counts what WORD matches, in scripts written with spaces', () => {
  const byPattern = (s: string) =>
    UNSPACED_UNITS.test(s) ? segmented(s) : (s.match(WORD)?.length ?? 0);
  for (const s of ['', ' – ', 'a–b', '  x  y ', '😀 abc', 'é à', '\u00a0x\u00a0y', '1 2\t3\n4'])
    assert.equal(wordCount(s), byPattern(s), JSON.stringify(s));
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.lorem()),
      (s) => wordCount(s) === byPattern(s) && wordCount(s, 3) === Math.min(3, byPattern(s)),
    ),
    { numRuns: 2000, seed: 20201 },
  );
});

test('wordCount tells the words of scripts written without spaces', () => {
  // Every letter of those scripts (in the basic plane) is in the ranges text.ts tells them by.
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    if (/\p{L}/u.test(ch) && UNSPACED.test(ch))
      assert.ok(UNSPACED_UNITS.test(ch), `U+${c.toString(16)}`);
  }
  assert.equal(wordCount('𠀀𠀁 x'), segmented('𠀀𠀁 x')); // an extension B ideograph
  assert.equal(wordCount('政府公布新预算'), 4); // 政府|公布|新|预算
  assert.equal(wordCount('政府が新予算を発表'), 6);
  assert.equal(wordCount('รัฐบาลประกาศงบประมาณใหม่'), 5);
  // A Chinese paragraph is many words, so the rules read it as prose.
  assert.ok(wordCount('部长周一表示，经过议会的长期辩论，新规则将于明年生效。') >= 8);
});

test('property: looseKey skips NFKC only where it changes nothing', () => {
  const full = (s: string) => s.normalize('NFKC').toLowerCase().replace(NON_WORD_RUN, ' ').trim();
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => looseKey(s) === full(s)),
    { numRuns: 2000, seed: 20201 },
  );
});
