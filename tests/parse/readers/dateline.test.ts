// The dateline reader: a date after a dateline's place, and what opens a first paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datedOpening, opensWithDateline } from '../../../src/parse/readers/dateline.ts';

test('a date after its place, and before a wire’s tag, opens the paragraph', () => {
  const d = datedOpening('LEEDS, England, May 14, 2024 — Northfield Foods said today it would …');
  assert.equal(d?.date.iso, '2024-05-14');
  assert.equal(d?.dateline, 'LEEDS, England, May 14, 2024 —');
  assert.equal(
    datedOpening('NEW YORK, March 3, 2015 /PRNewswire/ -- Acme said …')?.date.iso,
    '2015-03-03',
  );
  assert.equal(datedOpening('Feb. 23, 2015 -- Life-threatening storms …')?.date.iso, '2015-02-23');
});

test('words before the date that are no place give no dated opening', () => {
  assert.equal(datedOpening('The deal signed on March 3, 2015 — the company said — …'), null);
});

test('datelines of every kind open the first paragraph; a bare date or plain text does not', () => {
  assert.ok(opensWithDateline('BUDAPEST, Feb 18 (Reuters) - Hungary said …'));
  assert.ok(opensWithDateline('TEHRAN -- Iran said …'));
  assert.ok(opensWithDateline('LEEDS, England, May 14, 2024 — Northfield Foods said …'));
  assert.ok(!opensWithDateline('Feb. 23, 2015 -- Life-threatening storms …'));
  assert.ok(!opensWithDateline('The council said on Tuesday that it would act.'));
});
