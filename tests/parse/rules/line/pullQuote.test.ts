// pullQuote: a quotation printed again in large type, with the speaker's name under it.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

const QUOTED =
  "'We have never seen water this high,' said Giulia Bassi, who spent the night at a hall.";

ruleCases('pullQuote', [
  {
    name: 'a quotation alone, its speaker alone under it, its words in a paragraph: dropped',
    text: [
      'A Headline Here',
      '',
      PROSE,
      "'We have never seen water this high'",
      'Giulia Bassi',
      QUOTED,
    ],
    lines: { 4: 'dropped: pull-quote', 5: 'dropped: pull-quote' },
    record: { body: [PROSE, QUOTED] },
  },
  {
    name: 'a block quote with its source, printed once, is the text',
    text: [
      'A Headline Here',
      '',
      PROSE,
      '"Essentially, the act of becoming aware of a decision conforms to the same process."',
      'Michael Shadlen',
    ],
    others: { 4: 'body' },
  },
  {
    name: 'a quoted headline over its author’s name opens the text: no pull quote',
    text: [
      "'We will not give up'",
      'Jane Doe',
      '',
      PROSE,
      "'We will not give up,' she said on Monday evening.",
    ],
    others: { 1: 'title' },
  },
]);
