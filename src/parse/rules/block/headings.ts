// Short lines without a closing full stop inside the body are sub-headings; bulleted lines
// are list items.
import type { ParseRule, ParseState } from '../../state.ts';
import { isTitleLike, BULLET } from '../../text.ts';

/** Max words for a line to be a heading or a title. */
const MAX_HEADING_WORDS = 12;

export const headings: ParseRule = {
  name: 'headings',
  purpose: 'Short body lines without a full stop become sub-headings, bulleted ones list items.',
  reads: ['blocks'],
  sets: ['block types and texts'],
  needs: ['paragraphs'],
  run,
};

function run(state: ParseState): void {
  state.blocks.forEach((block, i) => {
    if (BULLET.test(block.text)) {
      block.type = 'list-item';
      block.text = block.text.replace(BULLET, '');
    } else if (i > 0 && block.lines.length === 1 && isTitleLike(block.text, MAX_HEADING_WORDS)) {
      block.type = 'heading';
    }
  });
}
