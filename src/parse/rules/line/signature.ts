// Editor signatures (`S/SH 11`, `AK/PA`, `Manar/Manal/ H. Said`): on a line of their own,
// or glued to the end of the last paragraph, where they are cut off and reported.
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';

/** `S/SH 11`, `AK/PA`, `H.A./M.K.` — initials separated by slashes. */
const INITIALS_SIGNATURE =
  /^(?:[A-Z]{1,4}\.?){1,3}(?:\s*\/\s*(?:[A-Z]{1,4}\.?){1,3})+(?:\s+\d{1,3})?$/;

/** `Manar/Manal/ H. Said` — names separated by slashes, ending with an initial and a name. */
const NAMES_SIGNATURE = /^(?:[A-Z][a-z]+\s*\/\s*)+(?:[A-Z]\.\s*)+[A-Z][a-z]+$/;

/** The same initials glued to the end of a paragraph: `… the gathering. AK/PA`. */
const TRAILING_SIGNATURE =
  /(?<=[.!?"”’)])\s+((?:[A-Z]{1,4}\.?){1,3}(?:\s*\/\s*(?:[A-Z]{1,4}\.?){1,3})+(?:\s+\d{1,3})?)$/;

export const signature: ParseRule = {
  name: 'signature',
  purpose:
    "Editor signatures (`S/SH 11`, `AK/PA`) are dropped on a line of their own and cut off a paragraph's end.",
  reads: ['open lines'],
  sets: ['dropped: signature', 'cut: signature', 'line text'],
  run,
};

function run(state: ParseState): void {
  for (const line of state.lines) {
    if (!isOpen(line)) continue;
    if (INITIALS_SIGNATURE.test(line.text) || NAMES_SIGNATURE.test(line.text)) {
      drop(line, 'signature');
      continue;
    }
    // A signature holds a slash; most lines do not (hot path).
    const glued = line.text.includes('/') ? TRAILING_SIGNATURE.exec(line.text) : null;
    if (glued) {
      state.cut.push({ line: line.no, text: glued[1]!, reason: 'signature' });
      line.text = line.text.slice(0, glued.index).trim();
    }
  }
}
