// frontOverrides: front matter wins; the lines it replaces are dropped with the reason.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('frontOverrides', [
  {
    name: 'title, date and byline replaced',
    text: [
      '---',
      'title: Another Title',
      'date: 2021-05-04',
      'byline: Jane Roe',
      '---',
      'Headline Of The Day',
      'By John Smith',
      '17 February 2020',
      '',
      PROSE,
    ],
    lines: {
      6: 'dropped: overridden-by-front-matter',
      7: 'dropped: overridden-by-front-matter',
      8: 'dropped: overridden-by-front-matter',
    },
    record: { title: 'Another Title', date: '2021-05-04', byline: 'Jane Roe' },
  },
  {
    name: 'an impossible date is no date',
    text: ['---', 'date: 2020-02-30', '---', 'Headline Of The Day', '17 February 2020', '', PROSE],
    record: { date: null },
  },
  {
    // The byline's name is printed in the title's first line: the line is still the title's.
    name: 'a title printed over two lines, replaced, is cut off both',
    text: [
      '---',
      'title: A Title From Front Matter',
      '---',
      'Photo essay by Jane Doe',
      'from the northern coast',
      'By Jane Doe',
      '',
      PROSE,
    ],
    lines: { 5: 'dropped: overridden-by-front-matter' },
    cut: { 4: ['overridden-by-front-matter: Photo essay by Jane Doe'] },
    record: { title: 'A Title From Front Matter', byline: 'Jane Doe' },
  },
]);
