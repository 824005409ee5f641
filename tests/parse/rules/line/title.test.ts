// title: the first title-like line before any prose; its repeats are dropped.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('title', [
  {
    name: 'the first short line without a full stop, and its repeat',
    text: ['Talks Resume In The Capital', '', 'Talks resume in the capital', PROSE],
    lines: { 1: 'title', 3: 'dropped: duplicate-title' },
    record: { title: 'Talks Resume In The Capital' },
  },
  {
    name: 'a text that opens with prose has no title: null, never a guess',
    text: [PROSE, 'Another sentence of the text follows it here, as long as the first one.'],
    record: { title: null },
  },
]);
