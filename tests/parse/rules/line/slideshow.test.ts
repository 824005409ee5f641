// slideshow: a photo gallery's slides and lone slide counters.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

const P2 = 'The second paragraph goes on with what the officials said on Tuesday afternoon.';
const slide = (k: number) => [
  `${k}/4 Slide number ${k} of the gallery`,
  `The caption of photo ${k} tells what the picture shows in a full sentence.`,
  'GETTY IMAGES',
];

ruleCases('slideshow', [
  {
    name: 'a gallery set in the text: every slide dropped, the last one as long as the others',
    text: ['A Headline Here', '', PROSE, ...[1, 2, 3, 4].flatMap(slide), P2],
    lines: { 4: 'dropped: slideshow', 8: 'dropped: slideshow', 15: 'dropped: slideshow' },
    record: { body: [PROSE, P2] },
  },
  {
    name: 'a slide counter alone on its line',
    text: ['A Headline Here', '', PROSE, '1 / 5', P2],
    lines: { 4: 'dropped: slideshow' },
    record: { body: [PROSE, P2] },
  },
  {
    name: 'two numbered lines are no gallery',
    text: ['A Headline Here', '', PROSE, '1/2 cup of sugar', '2/2 done', P2],
    others: { 4: 'body', 5: 'body' },
  },
]);
