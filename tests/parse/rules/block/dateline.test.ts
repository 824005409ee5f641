// dateline: a dateline opening the first paragraph; an agency in it is the source.
import { ruleCases } from '../../../support/rule-cases.ts';

ruleCases('dateline', [
  {
    name: 'place and agency',
    text: [
      'A Headline Here',
      '',
      'Damascus, SANA – The army said the road was open again on Sunday.',
    ],
    record: { dateline: 'Damascus, SANA –', source: 'SANA' },
  },
  {
    name: 'place, day and agency in brackets; a day without a year is no date',
    text: [
      'A Headline Here',
      '',
      'BUDAPEST, Feb 18 (Reuters) - The prime minister said migration was the issue.',
    ],
    record: { dateline: 'BUDAPEST, Feb 18 (Reuters) -', source: 'Reuters', date: null },
  },
  {
    name: 'a place in capitals',
    text: [
      'A Headline Here',
      '',
      'TEHRAN -- Officials met on Monday to discuss the new agreement.',
    ],
    record: { dateline: 'TEHRAN --', source: null },
  },
]);

ruleCases('dateline', [
  {
    name: 'the only date opens the first paragraph, before a label paragraph',
    text: [
      'A Headline Here',
      '',
      'WebMD Health News',
      '',
      'Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in the past decade.',
    ],
    record: { date: '2015-02-23', dateText: 'Feb. 23, 2015' },
  },
]);

ruleCases('dateline', [
  {
    name: 'a place in capitals and the agency, with no comma between',
    text: [
      'A Headline Here',
      '',
      'NEW YORK (Reuters) - Wal-Mart Stores Inc. said on Thursday it expects sales growth to slow.',
    ],
    record: { dateline: 'NEW YORK (Reuters) -', source: 'Reuters' },
  },
  {
    name: 'a place, then the only date, opening the first paragraph (a press release)',
    text: [
      'Acme Opens New Plant In Ohio',
      '',
      'COLUMBUS, Ohio, Sept. 12, 2023 — Acme Corp. said today it would open a plant in Ohio, creating 300 jobs.',
    ],
    record: { date: '2023-09-12', dateline: 'COLUMBUS, Ohio, Sept. 12, 2023 —' },
  },
  {
    name: 'a press wire’s tag between the date and the dash',
    text: [
      'Acme Opens New Plant In Ohio',
      '',
      'NEW YORK, March 3, 2015 /PRNewswire/ -- Acme Corp. said today it would open a plant in Ohio.',
    ],
    record: { date: '2015-03-03', dateline: 'NEW YORK, March 3, 2015 /PRNewswire/ --' },
  },
  {
    name: 'words before the date that are no place give no date',
    text: [
      'Acme Opens New Plant In Ohio',
      '',
      'The deal signed on March 3, 2015 — the company said — would create 300 jobs in Ohio.',
    ],
    record: { date: null },
  },
]);
