// An article's original address: only absolute http(s) URLs are links a page may carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWebAddress } from '../../src/model/web-address.ts';
import { validateArticle } from '../../src/model/validate.ts';
import { parseText } from '../../src/parse/parser.ts';

test('http and https addresses are web addresses; other schemes, hosts and paths are not', () => {
  for (const ok of ['https://www.reuters.com/article/x', 'HTTP://example.org/a?b=c#d'])
    assert.ok(isWebAddress(ok), ok);
  for (const no of [
    'javascript:alert(1)',
    'ftp://example.org/',
    'www.example.org',
    '/a/b',
    'https://',
    'https://a b',
  ])
    assert.ok(!isWebAddress(no), no);
});

test('a record whose url is no web address is invalid', () => {
  const a = parseText('A Headline Here\n\nThe body has one sentence that is long enough.', 'x.txt');
  assert.deepEqual(validateArticle(a), []);
  assert.deepEqual(validateArticle({ ...a, url: 'https://example.org/x' }), []);
  assert.match(validateArticle({ ...a, url: 'javascript:alert(1)' }).join(), /url must be/);
  assert.match(validateArticle({ ...a, url: undefined }).join(), /url must be/);
});
