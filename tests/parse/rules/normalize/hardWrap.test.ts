// hardWrap: a text wrapped at a fixed width reads as its paragraphs.
import { ruleCases, WRAPPED } from '../../../support/rule-cases.ts';

const PARAGRAPHS = [
  'The county council has approved a plan to rebuild the old harbour wall, which was badly damaged in the winter storms, at a cost of about four million pounds.',
  'Work will start in the spring and is expected to take eighteen months, the council said, with the harbour staying open to fishing boats for most of that time.',
  'Local fishermen welcomed the decision but said they would need a safe place to land their catch while the southern part of the wall is closed.',
];

ruleCases('hardWrap', [
  {
    name: 'a wrapped page: its paragraphs are read whole, and the head beside them',
    text: [
      'Home',
      'News',
      'Sport',
      '',
      'Council backs plan to rebuild the harbour wall',
      '',
      'By Jane Porter',
      '',
      '12 March 2024',
      '',
      ...WRAPPED,
    ],
    others: { 12: 'body', 13: 'body', 15: 'body' },
    record: {
      title: 'Council backs plan to rebuild the harbour wall',
      byline: 'Jane Porter',
      date: '2024-03-12',
      body: PARAGRAPHS,
    },
  },
  {
    name: 'a wrapped list item goes on under its text; the next item is not joined to it',
    text: [
      'Council backs plan to rebuild the harbour wall',
      '',
      ...WRAPPED,
      '',
      'Related stories',
      '',
      '  * Ferry timetable to change in the summer as the operator adds a third',
      '    boat',
      '  * New lifeboat station opens on the quay',
    ],
    others: { 17: 'featured' },
    record: {
      featured: [
        { title: 'Ferry timetable to change in the summer as the operator adds a third boat' },
        { title: 'New lifeboat station opens on the quay' },
      ],
    },
  },
  {
    name: 'html2text: wrapped Markdown, its links longer than the width, read whole',
    text: [
      '  * [News](/news)',
      '  * [Sport](/sport)',
      '  * [Business](/business)',
      '  * [Opinion](/opinion)',
      '',
      '# Council backs plan to rebuild the harbour wall',
      '',
      '*By Jane Porter* · March 12, 2024',
      '',
      'The county council has approved a plan to rebuild the old harbour wall,',
      'which was [badly damaged](https://example.org/news/2024/01/storm-damage-report-harbour) in',
      'the winter storms, at a cost of about four million pounds, the Harbour',
      'Board said.',
      '',
      'Work will start in the spring and is expected to take eighteen months,',
      'the council said, with the harbour staying open to fishing boats for',
      'most of that time, [a spokesman](https://example.org/people/council-spokesman-profile)',
      'said on Tuesday.',
    ],
    record: {
      title: 'Council backs plan to rebuild the harbour wall',
      byline: 'Jane Porter',
      body: [
        'The county council has approved a plan to rebuild the old harbour wall, which was badly damaged in the winter storms, at a cost of about four million pounds, the Harbour Board said.',
        'Work will start in the spring and is expected to take eighteen months, the council said, with the harbour staying open to fishing boats for most of that time, a spokesman said on Tuesday.',
      ],
    },
  },
  {
    name: 'a word broken at its hyphen is joined without a space',
    text: [
      'Council backs plan to rebuild the harbour wall',
      '',
      'The council has approved a plan to rebuild the harbour wall using levelling-',
      'up money and borrowing against future berthing fees, at a cost of nearly',
      'four million pounds spread over two years, the council said on Tuesday.',
      '',
      'Work will start in the spring and is expected to take eighteen months, the',
      'council said, with the harbour staying open to fishing boats for most of the',
      'time, and the southern pier will close for two months only, it said.',
    ],
    record: {
      body: [
        'The council has approved a plan to rebuild the harbour wall using levelling-up money and borrowing against future berthing fees, at a cost of nearly four million pounds spread over two years, the council said on Tuesday.',
        'Work will start in the spring and is expected to take eighteen months, the council said, with the harbour staying open to fishing boats for most of the time, and the southern pier will close for two months only, it said.',
      ],
    },
  },
  {
    name: 'a text whose paragraphs are one line each is not wrapped',
    text: ['Council backs plan to rebuild the harbour wall', '', ...PARAGRAPHS],
    record: { body: PARAGRAPHS },
  },
  {
    name: 'one line printed again and again is no wrap (found by the fuzz test)',
    text: [
      '17 February 2020',
      ...Array.from(
        { length: 4 },
        () => 'Influence of the new council grows stronger than ever, says its chairman',
      ),
      'By: Jane Porter',
    ],
    record: { byline: 'Jane Porter' },
  },
  {
    name: 'a list of titles, each opening with a capital, is no wrap (found by the fuzz test)',
    text: [
      'Council backs plan to rebuild the harbour wall',
      '',
      ...PARAGRAPHS,
      '',
      'Most Read',
      '',
      'Ferry timetable to change in the summer as the operator adds a boat',
      'Lifeboat crew called out three times in one night off the point',
      'Harbour master warns of strong tides during the spring festival',
      'Fishermen say new quotas will cost the town dozens of jobs this year',
      'Beach car park charges to rise for the first time in a decade',
      'Copyright © 2024 Harbour Times Ltd. Reproduction of material from any pages without written permission is prohibited.',
    ],
    record: {
      body: PARAGRAPHS,
      featured: [
        { title: 'Ferry timetable to change in the summer as the operator adds a boat' },
        { title: 'Lifeboat crew called out three times in one night off the point' },
        { title: 'Harbour master warns of strong tides during the spring festival' },
        { title: 'Fishermen say new quotas will cost the town dozens of jobs this year' },
        { title: 'Beach car park charges to rise for the first time in a decade' },
      ],
    },
  },
  {
    name: 'without blank lines, only a line going on in lower case is the rest of the one above',
    text: [
      'Council backs plan to rebuild the harbour wall',
      'The county council has approved a plan to rebuild the old harbour wall,',
      'which was badly damaged in the winter storms, at a cost of about four',
      'million pounds, and the work is to begin in the spring of next year.',
      'Fishermen welcomed the decision but said they needed a safe landing.',
      'jane.porter@example.com',
    ],
    others: { 6: 'dropped: boilerplate:contact' },
    record: {
      body: [
        'The county council has approved a plan to rebuild the old harbour wall, which was badly damaged in the winter storms, at a cost of about four million pounds, and the work is to begin in the spring of next year.',
        'Fishermen welcomed the decision but said they needed a safe landing.',
      ],
    },
  },
]);
