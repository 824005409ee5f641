// A pull quote: a sentence of the story printed again in large type, inside quotation marks on
// a line of its own, with the speaker's name alone on the next line (`'We have never seen water
// this high'` / `Giulia Bassi`), its words printed in a paragraph too. A block quote with its
// source under it is printed once, and is the text.
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { isName, isProse, lineKey, wordCount } from '../../text.ts';

/** Quotation marks of the languages of the news, opening and closing a whole line. */
const WHOLE_QUOTE = /^["“„«‘'‹「『][^"“”„«»]*["”“»’'›」』]$/u;
/** A pull quote is a sentence or two; a longer quoted line is the text. */
const MAX_QUOTE_WORDS = 40;
/** The speaker's name: a few words. */
const MAX_NAME_WORDS = 4;
const MIN_NAME_WORDS = 2;

export const pullQuote: ParseRule = {
  name: 'pullQuote',
  purpose:
    'A quotation alone on its line with the speaker’s name alone under it is a pull quote: both are dropped.',
  reads: ['open lines'],
  sets: ['dropped: pull-quote'],
  run,
};

function isSpeaker(t: string): boolean {
  const n = wordCount(t, MAX_NAME_WORDS + 1);
  return n >= MIN_NAME_WORDS && n <= MAX_NAME_WORDS && isName(t);
}

/** Is the quotation's sentence printed in another line of the text (as a pull quote repeats
 * the story's words; a block quote with its source is printed once, and is the text)? */
function printedElsewhere(quote: Line, open: readonly Line[]): boolean {
  const words = lineKey(quote.text.slice(1, -1));
  return words !== '' && open.some((l) => l !== quote && lineKey(l.text).includes(words));
}

/** What a quotation opens with (a cheap test before the pattern, on every line). */
const QUOTE_OPENERS = new Set(['"', '“', '„', '«', '‘', "'", '‹', '「', '『']);

function run(state: ParseState): void {
  // Most texts have no line opening with a quotation mark: passed after one scan.
  if (!state.lines.some((l) => QUOTE_OPENERS.has(l.text.charAt(0)))) return;
  const open = state.lines.filter((l: Line) => isOpen(l) && l.text !== '');
  // Inside the text only: a quoted headline over its author's name opens a text.
  const firstProse = open.findIndex((l) => isProse(l.text));
  if (firstProse < 0) return;
  for (let i = firstProse; i + 1 < open.length; i++) {
    const [quote, name] = [open[i]!, open[i + 1]!];
    if (!QUOTE_OPENERS.has(quote.text.charAt(0)) || !WHOLE_QUOTE.test(quote.text)) continue;
    if (wordCount(quote.text, MAX_QUOTE_WORDS + 1) > MAX_QUOTE_WORDS) continue;
    if (!isSpeaker(name.text) || !printedElsewhere(quote, open)) continue;
    drop(quote, 'pull-quote');
    drop(name, 'pull-quote');
    i++;
  }
}
