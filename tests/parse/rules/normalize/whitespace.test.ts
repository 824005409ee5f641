// whitespace: every kind of space becomes one plain space; invisible characters go.
import { ruleCases } from '../../../support/rule-cases.ts';

ruleCases('whitespace', [
  {
    name: 'no-break and wide spaces, a soft hyphen, doubled spaces',
    text: [
      'A\u00a0Headline\u2003Here',
      '',
      'The  first para\u00adgraph says what happened and is long enough to be prose.',
    ],
    record: {
      title: 'A Headline Here',
      body: ['The first paragraph says what happened and is long enough to be prose.'],
    },
  },
]);
