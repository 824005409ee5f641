// The parser's invariant, by content: every word of every line ends in the record or the line
// is dropped with a reason; a rule that loses one is named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LostLineError } from '../../src/parse/account.ts';
import { Parser, parseText } from '../../src/parse/parser.ts';
import { testRule } from '../support/rule.ts';

const rule = testRule;

const PROSE = 'The first paragraph says what happened and it is long enough to be prose.';

test('a rule that narrows a line without cutting the rest off is named', () => {
  const parser = new Parser();
  parser.normalize.push(
    rule('shortenLines', (state) => {
      for (const line of state.lines) line.text = line.text.slice(0, 12);
    }),
  );
  assert.throws(
    () => parser.parseText(`A Headline Here\n\n${PROSE}`, 'x.txt'),
    (e: Error) =>
      e instanceof LostLineError &&
      /rule shortenLines lost line 1 \(open\): "here"/.test(e.message),
  );
});

test('a rule that replaces a field orphans its old line, and is named', () => {
  const parser = new Parser();
  parser.record.push(
    rule('retitle', (state) => {
      state.title = 'Something else';
    }),
  );
  assert.throws(
    () => parser.parseText(`A Headline Here\n\n${PROSE}`, 'x.txt'),
    /rule retitle lost line 1 \(title\): "a headline here"/,
  );
});

test('a paragraph that says "updated" and prints a date, after the head, stays in the body', () => {
  const later = 'Updated figures released on 3 March 2020 showed the same trend again.';
  const a = parseText(`A Headline Here\n17 February 2020\n\n${PROSE}\n\n${later}`, 'u.txt');
  assert.equal(a.date, '2020-02-17');
  assert.deepEqual(
    a.body.map((b) => b.text),
    [PROSE, later],
  );
});

test('an "Updated" line beside the date is dropped with a reason; alone, it is the date', () => {
  const a = parseText(
    `A Headline Here\n17 February 2020\nUpdated 08:43 18 February 2020\n\n${PROSE}`,
    'u.txt',
  );
  assert.equal(a.date, '2020-02-17');
  assert.deepEqual(
    a.dropped.map((d) => [d.line, d.reason]),
    [[3, 'head-field:updated']],
  );
  const b = parseText(`A Headline Here\nUpdated 08:43 18 February 2020\n\n${PROSE}`, 'u.txt');
  // (The time printed before the date is not read yet, but it is reported, not lost.)
  assert.equal(b.date, '2020-02-18');
  assert.deepEqual(
    b.dropped.map((d) => [d.line, d.text, d.reason]),
    [[2, 'Updated 08:43', 'head-rest']],
  );
});

test('what a date line prints beside the date is cut off with a reason', () => {
  const a = parseText(
    `A Headline Here\nPublished: 17 February 2020 08:43 GMT\n\n${PROSE}`,
    'p.txt',
  );
  assert.equal(a.date, '2020-02-17T08:43');
  assert.deepEqual(
    a.dropped.map((d) => [d.line, d.text, d.reason]),
    [[2, 'Published: GMT', 'head-rest']],
  );
});

test('a listed story’s date line with a letter glued to the time (`…00Z`) loses nothing', () => {
  // The date's words are in the record as the story's date; `00Z` is its `00` and the cut `Z`.
  const parser = new Parser({ checks: 'each rule' });
  const a = parser.parseText(
    'Featured Stories\nThe bridge reopened\n2020-02-17T10:30:00Z',
    'x.txt',
  );
  assert.deepEqual(a.featured, [
    { title: 'The bridge reopened', date: '2020-02-17', byline: null },
  ]);
});

test('a word that opens like a byline label, glued to a digit (`di0 …`), is no label', () => {
  // The line check took `di` off the line as a label and lost the `0` left of `di0`.
  const parser = new Parser({ checks: 'each rule' });
  const a = parser.parseText(
    'di0 17 February 2020\nEl Gobierno aprueba la subida del salario',
    'x.txt',
  );
  assert.equal(a.date, '2020-02-17');
});
