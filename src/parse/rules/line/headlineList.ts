// A story list printed without its heading: a block of headlines one under the other, no blank
// line or other text between them (`Drunk man terrorizes streets of small town in tank`, …).
// An article prints such a block only as a list of its own: introduced by a line ending in a
// colon (`President Obama also said:`), or set between two of its paragraphs. Labelled lists
// are read first, by featuredList.
import { isHeadField, isLabel } from '../../readers/pageHead.ts';
import { isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { isProse, isTitleLike, wordCount } from '../../text.ts';

/** Headlines in a row that make a story list (three could be an article's short list). */
const MIN_HEADLINES = 4;

/** A headline has some words (a menu entry has one to three, or four short ones) and is no
 * paragraph. */
const MIN_HEADLINE_WORDS = 6;
const MAX_HEADLINE_WORDS = 25;
/** In languages of long words (Finnish, Hungarian, German: `Kaupunginhallitus esittää
 * kiinteistöveron korottamista`) a headline has fewer: four words that long together are no
 * menu entry. */
const MIN_LONG_WORDS = 4;
const MIN_HEADLINE_CHARS = 40;

/** A headline ends in a word, a quote, a bracket or `?`/`!`, not a full stop, colon, semicolon
 * or comma: Latin, CJK (`。`, `：`, `、`, full-width ones), Arabic (`،`, `؛`), Devanagari (`।`). */
const NOT_HEADLINE_END = /[.:;,…。．：；，、،؛।]$/;

export const headlineList: ParseRule = {
  name: 'headlineList',
  purpose:
    'A block of four or more headlines one under the other, with no heading, is a story list: featured stories.',
  reads: ['open lines'],
  sets: ['featured', 'line role featured'],
  run,
};

function isHeadline(line: Line): boolean {
  const t = line.text;
  if (!isOpen(line) || NOT_HEADLINE_END.test(t)) return false;
  const n = wordCount(t, MAX_HEADLINE_WORDS + 1);
  const long = n >= MIN_HEADLINE_WORDS || (n >= MIN_LONG_WORDS && t.length >= MIN_HEADLINE_CHARS);
  // (A byline or date line is the article's head, never a listed headline: `Por Name, Outlet`.)
  return long && n <= MAX_HEADLINE_WORDS && isTitleLike(t) && !isLabel(t) && !isHeadField(t);
}

/** The text of the first non-blank line from `i` going by `step`, or ''. */
function nearest(lines: readonly Line[], i: number, step: 1 | -1): string {
  for (let k = i; k >= 0 && k < lines.length; k += step)
    if (lines[k]!.text !== '') return lines[k]!.text;
  return '';
}

/** Is the block `i`–`j` (exclusive) a list of the article's own? */
function isArticleList(lines: readonly Line[], i: number, j: number): boolean {
  const before = nearest(lines, i - 1, -1);
  return before.endsWith(':') || (isProse(before) && isProse(nearest(lines, j, 1)));
}

function run(state: ParseState): void {
  const lines = state.lines;
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && isHeadline(lines[j]!)) j++;
    if (j - i >= MIN_HEADLINES && !isArticleList(lines, i, j))
      for (const line of lines.slice(i, j)) {
        state.featured.push({ title: line.text, date: null, byline: null });
        line.role = 'featured';
      }
    i = j;
  }
}
