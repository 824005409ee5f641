// The title: the first title-like line before any prose (unless pageRegion found a page's
// title already); below a menu's words or a kicker, the headline above the first paragraph (as
// pageHead reads a page's head), and the words above it are navigation. Text that opens with
// prose has no title (null, never a guess). Later lines repeating the title are dropped.
import { opensWithDateline } from '../../readers/dateline.ts';
import { fullCopy, headCandidates, printCounts, HEADLINE_SCORE } from '../../readers/pageHead.ts';
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { looseKey, NON_ASCII } from '../../../model/text.ts';
import { endsSentence, isProse, isTitleLike, lineKey, wordCount } from '../../text.ts';

/** The second line of a broken headline opens in lower case (`from homes in northern Italy`). */
const LOWER_CASE_START = /^\p{Ll}/u;

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

/** A kicker above a dump's headline is one word (`Politics`) or a few in capitals (`WORLD NEWS
 * TODAY`). Two words in title case may be a short headline over its standfirst (`Markets
 * Rally`), so they stay the title (an outlet's name there too: KNOWN-FAILURES.json). */
const MAX_KICKER_WORDS = 1;
const MAX_CAPITALS_KICKER_WORDS = 3;
const NO_LOWER_CASE = /^[^\p{Ll}]*$/u;

function isKicker(t: string): boolean {
  const n = wordCount(t, MAX_CAPITALS_KICKER_WORDS + 1);
  return n <= MAX_KICKER_WORDS || (n <= MAX_CAPITALS_KICKER_WORDS && NO_LOWER_CASE.test(t));
}

/** The next line after `line` that prints something, or undefined. */
function nextPrinted(lines: readonly Line[], line: Line): Line | undefined {
  // By place, not number: the lines hardWrap joined are set aside while the rules run.
  for (let k = lines.indexOf(line) + 1; k < lines.length; k++)
    if (lines[k]!.text !== '') return lines[k];
  return undefined;
}

/** A line headerFields read as the date or byline. */
const isReadAsField = (line: Line | undefined) => line?.role === 'date' || line?.role === 'byline';

/** The open line that is the title, or undefined: the first one when it is title-like (or the
 * headline right under it, when it is a kicker), else (a text opening with a menu's words) a
 * headline standing just above the first paragraph. */
function titleLine(lines: readonly Line[], open: readonly Line[]): Line | undefined {
  const first = open[0];
  if (!first || isProse(first.text)) return undefined;
  // `WORLD NEWS` / headline / date: the headline is the line beside the head's fields.
  const second = open[1];
  if (
    second &&
    nextPrinted(lines, first) === second &&
    isReadAsField(nextPrinted(lines, second)) &&
    isKicker(first.text) &&
    wordCount(second.text) > wordCount(first.text) &&
    isTitleLike(second.text)
  )
    return second;
  if (isTitleLike(first.text)) {
    const full = fullCopy(open, 0);
    return full === null ? first : open[full];
  }
  const start = open.findIndex((l) => isProse(l.text));
  if (start < 0) return undefined;
  const [best] = headCandidates(open, [start, open.length - 1], printCounts(open));
  return best && best.score >= MIN_HEADLINE_SCORE ? open[best.index] : undefined;
}

/** A headline broken over two lines (its second part opens in lower case, with no blank line
 * between) is joined; a subheading between the headline and its date or byline is the
 * standfirst. */
function headlineRest(state: ParseState, line: Line): void {
  const next = nextPrinted(state.lines, line);
  if (!next || !isOpen(next)) return;
  const joined = `${line.text} ${next.text}`;
  const continues =
    next.no === line.no + 1 &&
    LOWER_CASE_START.test(next.text) &&
    !endsSentence(line.text) &&
    isTitleLike(joined) &&
    !isProse(next.text);
  if (continues) {
    next.role = 'title';
    state.title = joined;
  } else if (isTitleLike(next.text) && isHeadEnd(nextPrinted(state.lines, next)))
    drop(next, 'page-head');
}

/** A head ends at a date or byline line, or at the first paragraph when a dateline opens it:
 * a title-like line between the headline and there is a subheading (the standfirst). */
function isHeadEnd(line: Line | undefined): boolean {
  return (
    isReadAsField(line) ||
    (line !== undefined && isProse(line.text) && opensWithDateline(line.text))
  );
}

function run(state: ParseState): void {
  if (state.title === null) {
    const open = state.lines.filter(isOpen).slice(0, MAX_TITLE_SEARCH_LINES);
    const line = titleLine(state.lines, open);
    if (!line) return;
    line.role = 'title';
    state.title = line.text;
    headlineRest(state, line);
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
