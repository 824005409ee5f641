// signature: editor signatures, alone on a line or glued to the last paragraph.
import { ruleCases } from '../../../support/rule-cases.ts';

const LAST = 'The delegation left the capital on Monday after three days of talks.';

ruleCases('signature', [
  {
    name: 'initials on their own line',
    text: ['A Headline Here', '', LAST, 'S/SH 11'],
    lines: { 4: 'dropped: signature' },
  },
  {
    name: 'initials glued to a paragraph are cut off it',
    text: ['A Headline Here', '', `${LAST} AK/PA`],
    cut: { 3: ['signature: AK/PA'] },
    record: { body: [LAST] },
  },
]);
