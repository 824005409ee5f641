// joinedLines: a line hardWrap joined to the one above takes that line's role, in its place.
import { ruleCases, WRAPPED as ALL_WRAPPED } from '../../../support/rule-cases.ts';

/** The first two of the three wrapped paragraphs, and the blank line after them. */
const WRAPPED = ALL_WRAPPED.slice(0, 8);

ruleCases('joinedLines', [
  {
    name: 'the rest of a paragraph is body; of a dropped footer, dropped for the same reason',
    text: [
      'Council backs plan to rebuild the harbour wall',
      '',
      ...WRAPPED,
      'Local fishermen welcomed the decision but said they would need a safe',
      'place to land their catch while the southern part of the wall is closed.',
      '',
      '© 2024 Harbour Times Ltd. All rights reserved. No part of this site may',
      'be reproduced without the written permission of the publisher.',
    ],
    others: { 3: 'body', 7: 'body', 11: 'body', 14: 'dropped: boilerplate:licence' },
    lines: { 4: 'body', 5: 'body', 12: 'body', 15: 'dropped: boilerplate:licence' },
  },
  {
    name: 'a part cut off a joined paragraph is reported on the lines that printed it',
    text: [
      'Council backs plan to rebuild the harbour wall',
      '',
      ...WRAPPED,
      'Local fishermen welcomed the decision but said they would need a safe',
      'place to land their catch while the wall is closed. © 2024 Harbour Times',
      'Ltd. All rights reserved.',
    ],
    cut: {
      12: ['boilerplate:licence: © 2024 Harbour Times'],
      13: ['boilerplate:licence: Ltd. All rights reserved.'],
    },
    record: {
      body: [
        'The county council has approved a plan to rebuild the old harbour wall, which was badly damaged in the winter storms, at a cost of about four million pounds.',
        'Work will start in the spring and is expected to take eighteen months, the council said, with the harbour staying open to fishing boats for most of that time.',
        'Local fishermen welcomed the decision but said they would need a safe place to land their catch while the wall is closed.',
      ],
    },
  },
]);
