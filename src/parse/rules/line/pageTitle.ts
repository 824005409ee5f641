// A page's title element, printed by some scrapers above the page's text: the headline with the
// outlet's name after a separator (`Floods force thousands from homes - Example News`, `… | El
// País`), and the headline itself printed again below. The headline is the one printed alone;
// the title element's line is dropped, and the name after the separator is the record's source.
// Without the headline printed alone there is no telling a suffix from the headline's own words
// (`Brexit: what happens now`), so such a line is left alone.
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { isTitleLike, opensLikeTitle, wordCount } from '../../text.ts';

/** Where the title element stands: among the first lines of the text. */
const MAX_TITLE_LINE = 10;
/** How far below it the headline may be printed again (past a menu). */
const MAX_HEADLINE_LINE = 40;
/** The outlet's name after the separator is short. */
const MAX_SUFFIX_WORDS = 6;
/** What separates the headline from the outlet's name: a dash, bar, colon or bullet. */
const SEPARATOR = /^\s+[-–—|:·•»]\s+(\S.*)$/u;
const MIN_HEADLINE_CHARS = 15;
const HAS_SEPARATOR = /\s[-–—|:·•»]\s/u;

export const pageTitle: ParseRule = {
  name: 'pageTitle',
  purpose:
    "A page's title element (the headline, a separator, the outlet's name) printed above the headline itself is dropped; the outlet's name is the source.",
  reads: ['open lines'],
  sets: ['source', 'dropped: page-title'],
  run,
};

/** The outlet's name when `line` is `headline` followed by a separator and a short name. */
function suffixOf(line: string, headline: string): string | null {
  if (headline.length < MIN_HEADLINE_CHARS || !line.startsWith(headline)) return null;
  const m = SEPARATOR.exec(line.slice(headline.length));
  if (!m) return null;
  const name = m[1]!.trim();
  // An outlet's name opens like a title and counts nothing (`- 2 comments` is a count).
  if (HAS_DIGIT.test(name) || !opensLikeTitle(name)) return null;
  return wordCount(name, MAX_SUFFIX_WORDS + 1) <= MAX_SUFFIX_WORDS ? name : null;
}
const HAS_DIGIT = /\p{N}/u;

function run(state: ParseState): void {
  // The head's lines only: the rest of a long text is never looked at.
  const head: Line[] = [];
  let candidates = 0;
  for (const l of state.lines) {
    if (head.length === MAX_HEADLINE_LINE) break;
    if (!isOpen(l) || l.text === '') continue;
    if (head.length < MAX_TITLE_LINE && HAS_SEPARATOR.test(l.text)) candidates++;
    // (Most lines hold no separator: most texts are passed after their first lines.)
    if (head.length === MAX_TITLE_LINE && candidates === 0) return;
    head.push(l);
  }
  if (candidates === 0) return;
  for (let i = 0; i < Math.min(MAX_TITLE_LINE, head.length); i++) {
    const line = head[i]!;
    if (!HAS_SEPARATOR.test(line.text)) continue;
    for (const other of head.slice(i + 1)) {
      const name = suffixOf(line.text, other.text);
      if (name === null || !isTitleLike(other.text)) continue;
      drop(line, 'page-title');
      state.source ??= name;
      return;
    }
  }
}
