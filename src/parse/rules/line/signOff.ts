// The author's sign-off after the article's last paragraph: a name or an agency alone on the
// last line (`Maria Keller`, `EFE`), or glued to the end of the paragraph (`… evening. — Maria
// Keller`, `… evening. (AFP)`, `(UOL)`). It is the byline when the text prints none; else it
// is reported as the sign-off it is.
import { drop, lastOpen, type ParseRule, type ParseState } from '../../state.ts';
import { leadingName } from '../../readers/bylineName.ts';
import { isName, wordCount } from '../../text.ts';
import { AGENCY } from '../../vocabulary.ts';

/** An agency alone on the last line (`EFE`, `AFP`): a credit of one word. A word in capitals
 * alone there may be a mark (`ENDS`, `MORE`), so only known agencies count. */
const CREDIT = new RegExp(`^(?:${AGENCY})$`, 'u');
/** `… evening. — Maria Keller`, `… evening. (AFP)`, `… said. PTI`: a sign-off after the last
 * sentence (an agency bare only when known: a word in capitals may be a mark). */
const GLUED_SIGN_OFF = new RegExp(
  `(?<=[.!?"”’])\\s+(?:[—–]\\s*(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})|\\((${AGENCY}|\\p{Lu}{2,5})\\)|(${AGENCY}))$`,
  'u',
);
/** A sign-off is a short name; a longer line alone at the end is something else. */
const MAX_SIGN_OFF_WORDS = 4;

export const signOff: ParseRule = {
  name: 'signOff',
  purpose:
    'A name or an agency alone on the last line, or glued to the last paragraph, is the sign-off: the byline when none was read.',
  reads: ['open lines', 'byline'],
  sets: ['byline', 'line role byline', 'cut: sign-off, head-rest', 'dropped: sign-off'],
  run,
};

const isSignOff = (t: string) =>
  CREDIT.test(t) ||
  (wordCount(t, MAX_SIGN_OFF_WORDS + 1) <= MAX_SIGN_OFF_WORDS && wordCount(t) >= 2 && isName(t));

function run(state: ParseState): void {
  const open = lastOpen(state.lines, 2);
  const [before, last] = [open.at(-2), open.at(-1)];
  // Alone: only after a paragraph (a text of one name is no article).
  if (last && before && wordCount(before.text) > MAX_SIGN_OFF_WORDS && isSignOff(last.text)) {
    if (state.byline === null) {
      // `Maria Keller, Rome`: the place (or role, or outlet) after the name is reported.
      const own = leadingName(last.text);
      const rest = last.text.slice(own.length).trim();
      if (rest !== '') state.cut.push({ line: last.no, text: rest, reason: 'head-rest' });
      state.byline = own;
      last.role = 'byline';
    } else if (state.byline.toLowerCase() === last.text.toLowerCase()) drop(last, 'sign-off');
    return;
  }
  const glued = last ? GLUED_SIGN_OFF.exec(last.text) : null;
  if (!last || !glued) return;
  const name = glued[1] ?? glued[2] ?? glued[3]!;
  state.cut.push({ line: last.no, text: glued[0].trim(), reason: 'sign-off' });
  last.text = last.text.slice(0, glued.index).trim();
  state.byline ??= name;
}
