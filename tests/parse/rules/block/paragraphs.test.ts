// paragraphs: body lines become paragraphs; a line broken off mid-sentence joins the next.
import { ruleCases } from '../../../support/rule-cases.ts';

ruleCases('paragraphs', [
  {
    name: 'a sentence broken over two lines is one paragraph',
    text: [
      'A Headline Here',
      '',
      'The minister said on Sunday that the talks',
      'would go on for some time yet.',
      'A new paragraph starts here.',
    ],
    record: {
      body: [
        'The minister said on Sunday that the talks would go on for some time yet.',
        'A new paragraph starts here.',
      ],
    },
  },
  {
    name: 'a line ending in an abbreviation joins a short fragment after it',
    text: ['A Headline Here', '', 'The aid was sent by the U.N.', 'on Monday.'],
    record: { body: ['The aid was sent by the U.N. on Monday.'] },
  },
]);
