// headings: short body lines without a full stop are sub-headings; bulleted ones list items.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('headings', [
  {
    name: 'a sub-heading between paragraphs, and a bulleted list',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'What Happens Next',
      PROSE.replace('first', 'second'),
      '• one point made here',
      '• another point',
    ],
    record: {
      body: [
        PROSE,
        'What Happens Next',
        PROSE.replace('first', 'second'),
        'one point made here',
        'another point',
      ],
    },
  },
]);
