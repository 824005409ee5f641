// formBlock: a poll or sign-up form inside an article, from its opener to its small print.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('formBlock', [
  {
    name: 'opener, questions and privacy note go; the article around it stays',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Take our poll - story continues below',
      'Do you agree with the decision?',
      'Yes',
      'No',
      'Read our privacy policy',
      'The second paragraph goes on after the poll and is long enough to be prose.',
    ],
    lines: {
      4: 'dropped: boilerplate:poll',
      5: 'dropped: boilerplate:poll',
      8: 'dropped: boilerplate:poll',
    },
    record: {
      body: [PROSE, 'The second paragraph goes on after the poll and is long enough to be prose.'],
    },
  },
]);
