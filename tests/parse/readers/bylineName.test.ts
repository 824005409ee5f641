// The name in a byline's text: what follows the name is cut off, and what is left is a name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isNameLine,
  isRoleOnly,
  leadingName,
  withoutRole,
} from '../../../src/parse/readers/bylineName.ts';
import { BYLINE } from '../../../src/parse/vocabulary.ts';

test('the name without what follows it: a place, a role, an outlet, an agency, a photographer', () => {
  const cases: [string, string][] = [
    ['Maria Keller, Rome', 'Maria Keller'],
    ['Jane Doe, AP National Security Writer', 'Jane Doe'],
    ['Jane Doe, Special to The Post', 'Jane Doe'],
    ['Jane Doe and John Roe, The New York Times', 'Jane Doe and John Roe'],
    ['Jane Doe / Reuters', 'Jane Doe'],
    ['Jane Doe (AP)', 'Jane Doe'],
    ['Jane Doe (reporting) and John Roe (photography)', 'Jane Doe'],
    ['Brenda Goodman, MA', 'Brenda Goodman, MA'],
    ['The Associated Press', 'The Associated Press'],
    ['Anna Mehr', 'Anna Mehr'],
  ];
  for (const [text, name] of cases) assert.equal(leadingName(text), name, text);
});

test('a line that opens with no name stands as it is', () => {
  assert.equal(leadingName('by the harbour'), 'by the harbour');
  assert.equal(leadingName('S'), 'S');
});

test('a line is a name with a role after it; a sentence is none', () => {
  assert.equal(isNameLine('Jean Dupont, envoyé spécial à Rome'), true);
  assert.equal(isNameLine('The minister said on Monday that the plan would go ahead.'), false);
  assert.equal(isNameLine('Brexit, explained'), false); // one word before the comma: a label
});

test('withoutRole keeps a name that has nothing after it as it is', () => {
  assert.equal(withoutRole('Richard (R.J.) Eskow'), 'Richard (R.J.) Eskow');
});

test('a label with its mark and nothing after is no byline (the name is on the next line)', () => {
  assert.equal(BYLINE.exec('بواسطة:'), null);
  assert.equal(BYLINE.exec('Autor:'), null);
  assert.equal(BYLINE.exec('By : Mohammad Salami')?.[1], 'Mohammad Salami');
});

test('a role alone, as a page prints it under a name', () => {
  for (const t of ['Journalist', 'Senior Political Correspondent', 'staff writer'])
    assert.ok(isRoleOnly(t), t);
  for (const t of ['Jane Doe', 'The reporter who broke the story', 'By Staff Reporter'])
    assert.ok(!isRoleOnly(t), t);
});
