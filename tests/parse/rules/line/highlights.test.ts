// highlights: `@highlight` markers and their summary bullets (CNN/Daily Mail .story files).
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('highlights', [
  {
    name: 'each marker and the bullet after it go',
    text: ['A Headline Here', '', PROSE, '', '@highlight', '', 'Summary bullet one'],
    lines: { 5: 'dropped: boilerplate:highlight', 7: 'dropped: boilerplate:highlight' },
    record: { body: [PROSE] },
  },
]);
