// `@highlight` markers and the summary bullet after each: added by a corpus builder.
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type ParseState } from '../../state.ts';

export function highlights(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  for (let i = 0; i < open.length; i++) {
    if (!PATTERNS.highlightMarker.test(open[i]!.text)) continue;
    drop(open[i]!, 'boilerplate:highlight');
    const next = open[i + 1];
    if (next && !PATTERNS.highlightMarker.test(next.text)) drop(next, 'boilerplate:highlight');
  }
}
