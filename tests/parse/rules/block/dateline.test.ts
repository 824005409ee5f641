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
]);
