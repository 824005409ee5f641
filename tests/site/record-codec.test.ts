// Parse records as the build cache keeps them (src/site/cache/record-codec.ts): read back, a
// record is the parser's in every way a consumer can see (fields, key order, JSON, spread,
// assignment), parses its body only when something reads it, and a line cut short is refused
// when it is read, not later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.ts';
import { parseText } from '../../src/parse/parser.ts';
import { JsonlCache } from '../../src/site/cache/jsonl-cache.ts';
import {
  bodyPending,
  decodeRecord,
  encodeRecord,
  RECORD_CODEC,
} from '../../src/site/cache/record-codec.ts';
import { tempDir } from '../support/temp.ts';

const TEXT = [
  'A Headline For The Test',
  '',
  '17 February 2020',
  'Share this article',
  '',
  'The body has a sentence long enough to be prose, with a tab\there and "quotes".',
  '',
  'A second paragraph closes the article with a word in Ελληνικά.',
].join('\n');

const roundTrip = (a: Article) => {
  const bytes = Buffer.from(`key\t${encodeRecord(a)}\n`);
  return decodeRecord(bytes, 4, bytes.length - 1);
};

test('a record read back is the record: fields, key order, JSON and spread', () => {
  const a = parseText(TEXT, 'a.txt');
  assert.ok(a.dropped.length > 0 && a.body.length === 2, 'the case has a body and dropped lines');
  const back = roundTrip(a);
  assert.equal(bodyPending(back), true);
  assert.deepEqual(Object.keys(back), Object.keys(a));
  assert.equal(JSON.stringify(back), JSON.stringify(a));
  assert.equal(JSON.stringify({ ...roundTrip(a) }), JSON.stringify(a));
  assert.deepEqual(roundTrip(a), a);
});

test('the body is parsed when first read, and then is a plain field', () => {
  const a = parseText(TEXT, 'a.txt');
  const back = roundTrip(a);
  assert.equal(back.title, a.title);
  assert.equal(bodyPending(back), true, 'reading the small fields parses no body');
  assert.deepEqual(back.dropped, a.dropped);
  assert.equal(bodyPending(back), false);
  assert.deepEqual(back.body, a.body);
  assert.equal(Object.getOwnPropertyDescriptor(back, 'body')?.writable, true);
  // A record given a new body keeps it, in its place.
  const other = roundTrip(a);
  other.body = [];
  assert.deepEqual(other.body, []);
  assert.deepEqual(other.dropped, a.dropped);
  assert.deepEqual(Object.keys(other), Object.keys(a));
});

test('a line cut short is refused when read, and parsed again by the cache', () => {
  const a = parseText(TEXT, 'a.txt');
  const line = Buffer.from(encodeRecord(a));
  assert.throws(() => decodeRecord(line, 0, line.length - 3), /cut short/);
  assert.throws(() => decodeRecord(Buffer.from(JSON.stringify(a)), 0, 10), /not a cached record/);

  const root = tempDir('record-cache-');
  const b = parseText(TEXT.replace('Test', 'Other Test'), 'b.txt');
  const first = new JsonlCache(root, 'v1', null, RECORD_CODEC);
  first.set('ka', a);
  first.set('kb', b);
  first.finish();
  const path = join(root, 'v1.jsonl');
  // Cut inside the last record's body: its small fields are whole, its body is not.
  truncateSync(path, readFileSync(path).length - 20);
  const cut = new JsonlCache(root, 'v1', null, RECORD_CODEC);
  assert.deepEqual(cut.get('ka'), a);
  assert.equal(cut.get('kb'), undefined);
});
