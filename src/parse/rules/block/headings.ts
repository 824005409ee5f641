// Short lines without a closing full stop inside the body are sub-headings; bulleted lines
// are list items.
import { PATTERNS } from '../../patterns.ts';
import type { ParseRule, ParseState } from '../../state.ts';
import { isTitleLike } from '../../text.ts';

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
    if (PATTERNS.bullet.test(block.text)) {
      block.type = 'list-item';
      block.text = block.text.replace(PATTERNS.bullet, '');
    } else if (
      i > 0 &&
      block.lines.length === 1 &&
      isTitleLike(block.text, PATTERNS.maxHeadingWords)
    ) {
      block.type = 'heading';
    }
  });
}
