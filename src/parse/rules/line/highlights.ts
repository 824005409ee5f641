// `@highlight` markers and the summary bullet after each: added by a corpus builder.
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';

const HIGHLIGHT_MARKER = /^@highlight$/;

export const highlights: ParseRule = {
  name: 'highlights',
  purpose: '`@highlight` markers of .story files, and the summary bullet after each, are dropped.',
  reads: ['open lines'],
  sets: ['dropped: boilerplate:highlight'],
  run,
};

function run(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  for (let i = 0; i < open.length; i++) {
    if (!HIGHLIGHT_MARKER.test(open[i]!.text)) continue;
    drop(open[i]!, 'boilerplate:highlight');
    const next = open[i + 1];
    if (next && !HIGHLIGHT_MARKER.test(next.text)) drop(next, 'boilerplate:highlight');
  }
}
