// The title: the first title-like line before any prose (unless pageRegion found a page's
// title already); below a menu's words or a kicker, the headline above the first paragraph (as
// pageHead reads a page's head), and the words above it are navigation. Text that opens with
// prose has no title (null, never a guess). Later lines repeating the title are dropped.
import { headCandidates, printCounts, HEADLINE_SCORE } from '../../readers/pageHead.ts';
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { looseKey, NON_ASCII } from '../../../model/text.ts';
import { isProse, isTitleLike, lineKey } from '../../text.ts';

/** Lines read before the title is given up on (a scraped page may open with navigation). */
const MAX_TITLE_SEARCH_LINES = 400;

/** Below a menu, only a headline-long candidate is evidence enough (not a short label). */
const MIN_HEADLINE_SCORE = HEADLINE_SCORE;

export const title: ParseRule = {
  name: 'title',
  purpose:
    'The first title-like line before any prose is the title (unless pageRegion found one); later repeats are dropped.',
  reads: ['open lines', 'title'],
  sets: ['title', 'line role title', 'dropped: duplicate-title, navigation'],
  run,
};

/** The open line that is the title, or undefined: the first one when it is title-like, else
 * (a text opening with a menu's words) a headline standing just above the first paragraph. */
function titleLine(open: readonly Line[]): Line | undefined {
  const first = open[0];
  if (!first || isProse(first.text)) return undefined;
  if (isTitleLike(first.text)) return first;
  const start = open.findIndex((l) => isProse(l.text));
  if (start < 0) return undefined;
  const [best] = headCandidates(open, [start, open.length - 1], printCounts(open));
  return best && best.score >= MIN_HEADLINE_SCORE ? open[best.index] : undefined;
}

function run(state: ParseState): void {
  if (state.title === null) {
    const open = state.lines.filter(isOpen).slice(0, MAX_TITLE_SEARCH_LINES);
    const line = titleLine(open);
    if (!line) return;
    line.role = 'title';
    state.title = line.text;
    // Above a headline read below the text's first line stand a menu's words or a kicker (a
    // prose line there, when the head stands early in the prose, stays text).
    for (const above of open) {
      if (above === line) break;
      if (!isProse(above.text)) drop(above, 'navigation');
    }
  }
  const key = looseKey(state.title);
  const firstWord = key.split(' ')[0]!;
  const maxLength = 2 * state.title.length + 10; // a longer line cannot be the title again
  for (const line of state.lines) {
    if (!isOpen(line) || line.text.length > maxLength) continue;
    // looseKey never lengthens plain ASCII text nor changes its letters other than by case, so
    // a shorter such line, or one without the key's first word, cannot match (hot path).
    const ascii = !NON_ASCII.test(line.text);
    if (ascii && (line.text.length < key.length || !line.text.toLowerCase().includes(firstWord)))
      continue;
    if (lineKey(line.text) === key) drop(line, 'duplicate-title');
  }
}
