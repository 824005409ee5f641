// body: whatever no earlier rule claimed is the article's body.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('body', [
  {
    name: 'the lines no rule took',
    text: ['A Headline Here', '', PROSE, '', 'A second paragraph, shorter.'],
    lines: { 3: 'body', 5: 'body' },
    record: { body: [PROSE, 'A second paragraph, shorter.'] },
  },
]);
