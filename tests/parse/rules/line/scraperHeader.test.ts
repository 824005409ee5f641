// scraperHeader: a dataset's record header and story codes are the scraper's.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('scraperHeader', [
  {
    name: 'a record header on the first line is no date; a story code goes too',
    text: [' date 2020-02-17 0', 'A Headline Here', '', 'Story Code : 845043', PROSE],
    lines: { 1: 'dropped: scraper-header', 4: 'dropped: story-code' },
    record: { date: null, title: 'A Headline Here' },
  },
]);
