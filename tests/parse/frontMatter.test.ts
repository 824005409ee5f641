// Front matter: a YAML mapping with a known key at the top of a file; its values as printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../../src/parse/parser.ts';

const BODY =
  'Headline Of The Day\n\n17 February 2020\n\nThe body has one sentence that is long enough to be prose.';
const withFront = (yaml: string, body = BODY) => parseText(`---\n${yaml}\n---\n${body}`, 'f.txt');

test('YAML dates stay as printed: no move to UTC, no roll-over, quoted or not', () => {
  for (const v of ['2020-02-17T01:30:00+05:00', '"2020-02-17T01:30:00+05:00"'])
    assert.equal(withFront(`date: ${v}`).date, '2020-02-17T01:30:00', v);
  assert.equal(withFront('date: 2020-02-17').date, '2020-02-17');
  assert.equal(withFront('date: 2020-02-17 23:59').date, '2020-02-17T23:59');
  for (const v of ['2020-02-30', '"2020-02-30"', '2020-02-17T25:00:00', '"2020-02-17 25:00"']) {
    const a = withFront(`date: ${v}`);
    assert.equal(a.date, null, v);
    assert.equal(a.dateText, null, v);
    assert.match(a.warnings.join(), /is not a date; ignored/, v);
  }
});

test('a text framed by two rule lines is text, not front matter', () => {
  const text =
    '---\nA Headline Between Rules\n---\nThe body has one sentence that is long enough to be prose.\n';
  const a = parseText(text, 'r.txt');
  assert.equal(a.title, 'A Headline Between Rules');
  assert.equal(a.body[0]?.text, 'The body has one sentence that is long enough to be prose.');
  assert.deepEqual(
    a.dropped.map((d) => d.reason),
    ['boilerplate:rule', 'boilerplate:rule'],
  );
  // A mapping without one key we know, or a list, is text too.
  for (const yaml of ['Note: not ours', '- one\n- two']) {
    const b = withFront(yaml);
    assert.ok(!b.dropped.some((d) => d.reason === 'front-matter'), yaml);
  }
  assert.equal(withFront('Title: not a known key').title, 'Title: not a known key');
});

test('the lines front matter overrides are dropped with a reason, never lost', () => {
  const a = withFront(
    'title: Another Title\ndate: 2021-05-04\nbyline: Jane Roe',
    `Headline Of The Day\nBy John Smith\n17 February 2020\n\nThe body has one sentence that is long enough to be prose.`,
  );
  assert.equal(a.title, 'Another Title');
  assert.equal(a.byline, 'Jane Roe');
  assert.equal(a.date, '2021-05-04');
  const why = Object.fromEntries(a.dropped.map((d) => [d.text, d.reason]));
  assert.equal(why['Headline Of The Day'], 'overridden-by-front-matter');
  assert.equal(why['By John Smith'], 'overridden-by-front-matter');
  assert.equal(why['17 February 2020'], 'overridden-by-front-matter');
  // One line gave the byline and the date: only the byline is replaced, and is cut off with
  // its label.
  const b = withFront(
    'byline: Jane Roe',
    `Headline Of The Day\n\nBy John Smith January 18, 2017\n\nThe body has one sentence that is long enough to be prose.`,
  );
  assert.equal(b.date, '2017-01-18');
  assert.deepEqual(
    b.dropped.filter((d) => d.reason === 'overridden-by-front-matter').map((d) => d.text),
    ['John Smith', 'By'],
  );
});

test('values are strings as printed: numbers and YAML 1.1 booleans are not converted', () => {
  const a = withFront('title: 2020\nsource: yes\ntags: Energy, ports');
  assert.equal(a.title, '2020');
  assert.equal(a.source, 'yes');
  assert.deepEqual(a.tags, ['Energy', 'ports']);
});

test('url: the original address, when it is an http(s) address; else ignored with a warning', () => {
  assert.equal(withFront('url: https://example.com/news/1').url, 'https://example.com/news/1');
  assert.equal(parseText(BODY, 'n.txt').url, null);
  for (const v of ['javascript:alert(1)', 'example.com/news/1', '/news/1']) {
    const a = withFront(`url: "${v}"`);
    assert.equal(a.url, null, v);
    assert.match(a.warnings.join(), /is no http\(s\) address; ignored/, v);
  }
});

test('a byline line front matter overrides goes, though the title shares a word with it', () => {
  const a = withFront(
    'byline: Jane Roe',
    `El Consejo de Ministros\nPor Juan de la Cruz\n\nThe body has one sentence that is long enough to be prose.`,
  );
  assert.equal(a.byline, 'Jane Roe');
  const why = Object.fromEntries(a.dropped.map((d) => [d.text, d.reason]));
  assert.equal(why['Por Juan de la Cruz'], 'overridden-by-front-matter');
});
