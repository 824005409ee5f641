// linkMarks: a text browser's dump reads without its link numbers and address list.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('linkMarks', [
  {
    name: 'the marks go, cut off as markup; the address list and picture marks are dropped',
    text: [
      '[1]Home',
      '[2]News',
      '[3]Sport',
      '',
      'Council backs plan to rebuild the harbour wall',
      '',
      'By [4]Jane Porter',
      '',
      '[IMG]',
      `${PROSE} See the [5]council's report.`,
      '',
      'References',
      '',
      '   1. https://example.org/',
      '   4. https://example.org/authors/jane-porter',
      '   5. https://example.org/report.pdf',
    ],
    cut: { 7: ['markup: [4]'], 10: ['markup: [5]'] },
    lines: {
      9: 'dropped: image-mark',
      12: 'dropped: link-list',
      14: 'dropped: link-list',
      16: 'dropped: link-list',
    },
    record: {
      title: 'Council backs plan to rebuild the harbour wall',
      byline: 'Jane Porter',
      body: [`${PROSE} See the council's report.`],
    },
  },
  {
    name: 'a footnote mark after a word, or one mark alone, is left as printed',
    text: [
      'Council backs plan to rebuild the harbour wall',
      '',
      `${PROSE.slice(0, -1)}[1] and the [2]vote is next week.`,
    ],
    record: { body: [`${PROSE.slice(0, -1)}[1] and the [2]vote is next week.`] },
  },
]);
