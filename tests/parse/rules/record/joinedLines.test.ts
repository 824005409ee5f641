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
  {
    // Found by the fuzz test: a byline's name taken out of the middle of a joined line leaves a
    // cut with a hole in it, which shares no edge with the lines.
    name: 'a part cut around a name taken out of a joined line is reported on each line',
    text: [
      '',
      'Buses on the number 12 and 14 routes will be diverted through Station Road,',
      'adding about ten minutes to journeys at peak times, according to the',
      'operator. - ',
      'Councillor Ruth Evans, who chairs the highways committee, said the work could',
      'a significant part of their strength," she said.',
      '',
      'Pedestrians and cyclists will still be able to cross on a temporary walkway',
      'on the eastern side of the bridge.',
    ],
    cut: {
      5: ['head-rest: , who chairs the highways committee, said the work could'],
      6: ['head-rest: a significant part of their strength," she said.'],
    },
  },
]);
