// cumulative: a crawl that printed each paragraph followed by the rest of the article.
import { ruleCases } from '../../../support/rule-cases.ts';

const A = 'The minister said on Sunday that the talks would go on for some time yet.';
const B = 'Officials in the capital said they expected an agreement within weeks.';

ruleCases('cumulative', [
  {
    name: 'each line keeps its own part; the repeated rest is cut off',
    text: [`${A} ${B}`, B],
    cut: { 1: [`duplicate-line: ${B}`] },
    record: { body: [A, B] },
  },
  {
    name: 'a line that is only a repeat of the next is dropped',
    text: ['A Headline Here', '', `${A}`, `${A}`],
    lines: { 3: 'dropped: duplicate-line' },
    record: { body: [A] },
  },
]);
