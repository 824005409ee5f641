// The title: the first title-like line before any prose. Text that opens with prose has no
// title (null, never a guess). Later lines repeating the title are dropped.
import { drop, isOpen, type ParseState } from '../../state.ts';
import { isProse, isTitleLike, looseKey } from '../../text.ts';
import { PATTERNS } from '../../patterns.ts';

export function title(state: ParseState): void {
  const open = state.lines.filter(isOpen).slice(0, PATTERNS.maxTitleSearchLines);
  const first = open[0];
  if (!first || isProse(first.text) || !isTitleLike(first.text)) return;
  first.role = 'title';
  state.title = first.text;
  const key = looseKey(first.text);
  const maxLength = 2 * first.text.length + 10; // a longer line cannot be the title again
  for (const line of state.lines) {
    if (!isOpen(line) || line.text.length > maxLength) continue;
    if (looseKey(line.text) === key) drop(line, 'duplicate-title');
  }
}
