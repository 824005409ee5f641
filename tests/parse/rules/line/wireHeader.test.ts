// wireHeader: a wire-service dump's `-- ` header lines.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('wireHeader', [
  {
    name: 'the headline, byline, date and address of a wire dump',
    text: [
      '-- Wal-Mart sees slower sales growth',
      '-- By Nicole Maestri',
      '-- Thu Oct 19, 2006 5:02pm EDT',
      '-- http://www.reuters.com/article/2006/10/19/us-walmart-idUSN1943209920061019',
      '',
      PROSE,
    ],
    lines: { 4: 'dropped: wire-address' },
    others: { 1: 'title', 2: 'byline', 3: 'date' },
    record: {
      title: 'Wal-Mart sees slower sales growth',
      byline: 'Nicole Maestri',
      date: '2006-10-19T17:02',
      source: 'reuters.com',
      url: 'http://www.reuters.com/article/2006/10/19/us-walmart-idUSN1943209920061019',
      body: [PROSE],
    },
  },
  {
    name: 'a letter-spaced "B y" and an ISO date',
    text: [
      '-- Apple Profit Rises 78% on iPhone Sales',
      '-- B y Adam Satariano',
      '-- 2010-10-18T20:33:27Z',
      '',
      PROSE,
    ],
    record: { byline: 'Adam Satariano', date: '2010-10-18T20:33:27' },
  },
  {
    name: 'one dash before a sentence is no header',
    text: ['-- and then the rest of the sentence goes on here', '', PROSE],
    others: { 1: 'body' },
    record: { title: null },
  },
]);
