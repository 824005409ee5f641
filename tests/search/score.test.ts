// stableDescending is the sort lunr's results go through: descending score, ties in the order
// they came (Array.prototype.sort is stable), on inputs full of ties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stableDescending } from '../../src/search/score.ts';

const reference = (scores: number[]) =>
  scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);

test('orders as a stable sort by descending score', () => {
  assert.deepEqual(
    [...stableDescending(Float64Array.from([1, 3, 2, 3, 0, 1]))],
    [1, 3, 2, 0, 5, 4],
  );
  assert.deepEqual([...stableDescending(new Float64Array(0))], []);
});

test('agrees with Array.prototype.sort on random scores with many ties', () => {
  const score = fc.oneof(
    fc.constantFrom(0, 0.5, 1, 2.25),
    fc.double({ min: 0, max: 100, noNaN: true }),
  );
  fc.assert(
    fc.property(fc.array(score, { maxLength: 200 }), (scores) => {
      assert.deepEqual([...stableDescending(Float64Array.from(scores))], reference(scores));
    }),
    { seed: 7 },
  );
});
