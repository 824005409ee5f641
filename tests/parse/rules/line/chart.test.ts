// chart: a chart printed as text, with its title and source line.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

const P2 = 'The second paragraph goes on with what the officials said on Tuesday afternoon.';
const TICKS = ['$900', 'billion', '600', '300', '$263', 'billion', '0', '’17', '’18', '’19', '’20'];

ruleCases('chart', [
  {
    name: 'a chart between two paragraphs: its title, figures and source go',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Interest payments on the national debt',
      ...TICKS,
      'By The New York Times | Source: Congressional Budget Office',
      P2,
    ],
    lines: { 4: 'dropped: chart', 5: 'dropped: chart', 16: 'dropped: chart' },
    record: { body: [PROSE, P2] },
  },
  {
    name: 'a short list of figures is no chart',
    text: ['A Headline Here', '', PROSE, 'Results', '12', '14', '9', P2],
    others: { 4: 'body', 5: 'body' },
  },
]);
