// markdown: a text written in Markdown reads as its words.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('markdown', [
  {
    name: 'heading marks, emphasis and links go; the fields and body read as in plain text',
    text: [
      '# Port strike enters its second week as talks stall',
      '',
      '*By Maria Keller*',
      '',
      '_March 14, 2021_',
      '',
      PROSE,
      '',
      '## Shipping lines divert vessels',
      '',
      `${PROSE.replace('first', 'second')} See [the operator's statement](https://example.org/s).`,
      '',
      '![The port at night](https://example.org/port.jpg)',
      '',
      '**Read more:** [Port operator posts record profit](https://example.org/profit)',
    ],
    cut: { 11: ['markup: https://example.org/s'] },
    lines: { 13: 'dropped: caption' },
    record: {
      title: 'Port strike enters its second week as talks stall',
      byline: 'Maria Keller',
      date: '2021-03-14',
      body: [
        PROSE,
        'Shipping lines divert vessels',
        `${PROSE.replace('first', 'second')} See the operator's statement.`,
      ],
      featured: [{ title: 'Port operator posts record profit' }],
    },
  },
  {
    name: 'one asterisk or underscore in a plain text is no Markdown',
    text: [
      'A Headline Here',
      '',
      'The file_name_here is *not* changed when nothing else is marked.',
    ],
    record: { body: ['The file_name_here is *not* changed when nothing else is marked.'] },
  },
  {
    name: 'marks inside a word are no emphasis (found by the fuzz test with a random seed)',
    text: [
      '# Harbour Bridge Reopens After Long Repairs',
      '',
      '**Update:** A*0* and file_name_',
      PROSE,
    ],
    record: {
      title: 'Harbour Bridge Reopens After Long Repairs',
      body: ['Update: A*0* and file_name_', PROSE],
    },
  },
]);
