// tailDate: a labelled publication date just under the article, when the head printed none.
import { ruleCases } from '../../../support/rule-cases.ts';

// Paragraphs long enough to end the head: a date under them is not the head's.
const P1 =
  'The city council on Tuesday approved a long-debated plan to rebuild the harbour front, after three years of hearings, two lawsuits and a vote that went seven to two.';
const MENU = ['Home', 'News', 'Sport', 'Business'];
const P2 =
  'Construction of the ferry terminal is to begin next spring, officials said, and the park along the waterfront will follow a year later if the money holds.';

ruleCases('tailDate', [
  {
    name: 'a publication date under the last paragraph is the date; its label is reported',
    text: ['A Headline Here', '', P1, P2, 'Published on 17 February 2020'],
    lines: { 5: 'date' },
    cut: { 5: ['head-rest: Published on'] },
    record: { date: '2020-02-17', dateText: '17 February 2020' },
  },
  ...(
    [
      ['Publié le 4 mars 2019 à 10h30', '2019-03-04T10:30'],
      ['Veröffentlicht am 4. März 2019', '2019-03-04'],
      ['Publicado el 4 de marzo de 2019', '2019-03-04'],
      ['Опубликовано: 4 марта 2019', '2019-03-04'],
    ] as const
  ).map(([line, date]) => ({
    name: `the same in another language: "${line}"`,
    text: ['A Headline Here', '', P1, P2, '', line],
    lines: { 6: 'date' },
    record: { date },
  })),
  {
    name: 'past a share bar between the article and the date',
    text: ['A Headline Here', '', P1, P2, 'Share', 'Tweet', 'Posted: March 4, 2019'],
    lines: { 7: 'date' },
    record: { date: '2019-03-04' },
  },
  {
    name: 'the head’s date wins: the line under the article gives none',
    text: ['A Headline Here', '4 March 2019', '', P1, P2, 'Published on 17 February 2020'],
    record: { date: '2019-03-04' },
  },
  {
    name: 'an update time under the article is no publication date',
    text: ['A Headline Here', '', P1, P2, 'Updated on 17 February 2020'],
    record: { date: null },
  },
  {
    name: 'a date further down the page belongs to something else',
    text: [
      'A Headline Here',
      '',
      P1,
      P2,
      'Share',
      'Tweet',
      'Print',
      'Published on 17 February 2020',
    ],
    record: { date: null },
  },
  {
    name: 'a sentence that opens with the word is text, not a date line',
    text: [
      'A Headline Here',
      '',
      P1,
      'Published on 17 February 2020, the report found that rents had doubled in ten years.',
    ],
    record: { date: null },
  },
  {
    name: 'on a page, past the article’s end, where the page’s chrome begins',
    text: [
      ...MENU,
      'City Council Approves New Harbour Plan',
      'By Jane Doe',
      P1,
      P2,
      'Published on 17 February 2020',
      'About us',
      'Contact',
    ],
    lines: { 9: 'date' },
    others: { 1: 'dropped: navigation', 11: 'dropped: navigation' },
    record: { title: 'City Council Approves New Harbour Plan', date: '2020-02-17' },
  },
  {
    name: 'on a page whose head prints the date, the line under the article is another date line',
    text: [
      ...MENU,
      'City Council Approves New Harbour Plan',
      'By Jane Doe',
      '4 March 2019',
      P1,
      P2,
      'Published on 17 February 2020',
      'About us',
    ],
    lines: { 10: 'dropped: head-field:unused' },
    record: { date: '2019-03-04' },
  },
]);
