// The chains as data: rules placed and switched by name, unknown names errors, rules others
// need kept, roles that only move forward.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { Parser } from '../../src/parse/parser.ts';
import { testRule } from '../support/rule.ts';

const rule = testRule;
const TEXT = 'A Headline Here\n\nThe first paragraph says what happened and it is long enough.';

test('rules are placed by name: before, after, at; unknown names are errors', () => {
  const p = new Parser();
  p.line.before('title', rule('first')).after('title', rule('second')).at('second', rule('third'));
  const names = p.line.names();
  assert.deepEqual(names.slice(names.indexOf('first'), names.indexOf('first') + 3), [
    'first',
    'title',
    'third',
  ]);
  assert.throws(() => p.line.before('nope', rule('x')), /no parser rule named "nope"/);
  assert.throws(() => p.line.push(rule('title')), /duplicate parser rule title/);
  assert.throws(() => p.disable(['nope']), /unknown parser rule\(s\): nope/);
});

test('a rule that is essential or that another needs cannot be disabled; nothing changes then', () => {
  const p = new Parser();
  assert.throws(() => p.disable(['body']), /body cannot be disabled/);
  assert.throws(() => p.disable(['paragraphs']), /paragraphs cannot be disabled/);
  assert.throws(() => p.disable(['frontMatter']), /frontOverrides needs frontMatter/);
  assert.ok(p.line.rules().every((r) => r.enabled));
  p.disable(['frontMatter', 'frontOverrides', 'caption']);
  assert.equal(p.parseText(TEXT, 'x.txt').title, 'A Headline Here');
  p.enable(['caption']);
  assert.ok(p.line.rules().find((r) => r.rule.name === 'caption')!.enabled);
});

test('enableOnly keeps the named rules and the essential ones', () => {
  const p = new Parser().enableOnly(['whitespace', 'title']);
  const on = Object.values(p.chains()).flatMap((c) =>
    c
      .rules()
      .filter((r) => r.enabled)
      .map((r) => r.rule.name),
  );
  assert.deepEqual(on, ['whitespace', 'title', 'body', 'paragraphs', 'joinedLines']);
  assert.equal(p.parseText(TEXT, 'x.txt').title, 'A Headline Here');
});

test('a rule that moves a line back (a dropped line revived, a title made body) is named', () => {
  const p = new Parser();
  p.block.push(
    rule('revive', (state) => {
      for (const line of state.lines) if (line.role === 'title') line.role = 'body';
    }),
  );
  assert.throws(() => p.parseText(TEXT, 'x.txt'), /rule revive moved line 1 from title to body/);
});

test('every rule of the chains has its own cases in tests/parse/rules/CHAIN/NAME.test.ts', () => {
  const missing = Object.entries(new Parser().chains()).flatMap(([chain, ruler]) =>
    ruler
      .names()
      .map((name) => `tests/parse/rules/${chain}/${name}.test.ts`)
      .filter((f) => !existsSync(f)),
  );
  assert.deepEqual(missing, []);
});
