// Scraped web pages, one kind of head or list at a time, on made-up text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../../src/parse/parser.ts';

const menu = Array.from({ length: 40 }, (_, i) => `Menu ${i}`).join('\n');
const para = (n: number) =>
  `Paragraph ${n} tells the story at some length, as articles do, and then it ends here.`;
const body = [1, 2, 3, 4, 5, 6].map(para).join('\n\n');
/** A page: menus, the head lines, the article, the footer lines, menus again. */
const parsePage = (head: string[], foot: string[] = []) =>
  parseText(`${menu}\n\n${head.join('\n')}\n\n${body}\n\n${foot.join('\n')}\n${menu}`, 'p.txt');

const TITLE = 'Council Votes to Rebuild the Old Harbour Bridge';

test('the title printed twice (section label, then headline) beside the byline', () => {
  const a = parsePage([
    `World|${TITLE}`,
    'Log In Sign Up Today',
    TITLE,
    'By Jane Roe March 3, 2021 4:05 PM EST',
  ]);
  assert.equal(a.title, TITLE);
  assert.equal(a.byline, 'Jane Roe');
  assert.equal(a.date, '2021-03-03T16:05');
  assert.ok(a.dropped.some((d) => d.reason === 'head-rest' && d.text === 'EST'));
  assert.equal(a.body[0]!.text, para(1));
});

test('a date printed above the title; a caption below it is dropped', () => {
  const a = parsePage([
    'Nov. 20, 2019 5:52 AM',
    TITLE,
    'The old bridge at dawn. Photograph: Jane Roe',
  ]);
  assert.equal(a.title, TITLE);
  assert.equal(a.date, '2019-11-20T05:52');
  assert.equal(a.body[0]!.text, para(1));
});

test('a standfirst between the title and the byline is dropped', () => {
  const a = parsePage([TITLE, 'The vote ends a long quarrel over the crossing.', 'By Jane Roe']);
  assert.equal(a.byline, 'Jane Roe');
  assert.equal(a.body[0]!.text, para(1));
  assert.ok(a.dropped.some((d) => d.reason === 'page-head' && d.text.startsWith('The vote')));
});

test('a name beside a post age is the byline; the age is no date', () => {
  const a = parsePage([TITLE, 'Jane Roe • 8h']);
  assert.equal(a.byline, 'Jane Roe');
  assert.equal(a.date, null);
});

test('footer lists: ranked on one line, doubled titles, teasers, labels', () => {
  const a = parsePage(
    [TITLE],
    [
      'Most Popular Today',
      '1 First popular story title 2 Second popular story title 3 Third popular story title',
      'Now on Page Six',
      'A doubled story title here A doubled story title here',
      'Top stories',
      'A story with a teaser',
      'The teaser says what happened, in one sentence.',
      'More Stories',
      'nypost',
      'Another listed story title',
    ],
  );
  assert.deepEqual(
    a.featured.map((f) => f.title),
    [
      'First popular story title',
      'Second popular story title',
      'Third popular story title',
      'A doubled story title here',
      'A story with a teaser',
      'Another listed story title',
    ],
  );
  assert.ok(a.body.every((b) => !b.text.includes('teaser')));
});

test('a page without a line of prose (no spaces between words) keeps its text', () => {
  const cjk = Array.from({ length: 40 }, (_, i) => `第${i}条新闻标题`).join('\n');
  const a = parseText(`${cjk}\n\n这是一篇很长的文章，没有空格，但它是正文。\n\n${cjk}`, 'cjk.txt');
  assert.ok(a.body.some((b) => b.text.startsWith('这是一篇')));
});
