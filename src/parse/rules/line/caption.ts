// Photo captions: "Label: a photo of …" with no closing full stop; a line ending in a photo
// credit (`… Photograph: Name`, `… [File: Reuters]`); a credit on its own line, and the short
// caption line just above such a credit. A credit glued to the end of a paragraph is cut off.
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';
import { endsSentence, wordCount } from '../../text.ts';
import { creditStart, isCaption, isCreditOnly } from '../../readers/caption.ts';

/** `Flood Warning: Residents wade through …`: a label of one or two capitalised words, a colon,
 * the caption, no closing full stop. */
const CAPTION = /^[\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?: [\p{Lu}"“'‘].*[^.!?"”'’)]$/u;
/** `Safety fear: Residents wade through a flooded street …`: the second word of the label in
 * lower case. Subheadings print so too (`Key points: What the law means`), but shorter: such a
 * caption must be long. */
const LOWER_CASE_LABEL_CAPTION =
  /^[\p{Lu}][\p{L}'-]+ \p{Ll}[\p{L}'-]+: [\p{Lu}"“'‘].*[^.!?"”'’)]$/u;
const MIN_LOWER_CASE_LABEL_CAPTION_WORDS = 12;

const MIN_CAPTION_WORDS = 6;

/** A caption is short: a line longer than this is never taken for one. */
const MAX_CAPTION_WORDS = 45;

/** A paragraph with a photo credit glued on: its text before the credit ends a sentence and
 * is longer than captions run. The credit is cut off; the paragraph stays. */
const MIN_GLUED_PARAGRAPH_WORDS = 25;

/** A credit names a photographer and an outlet: a few words. */
const MAX_CREDIT_WORDS = 10;

/** The caption printed above a credit line is shorter still. */
const MAX_CAPTION_ABOVE_CREDIT_WORDS = 25;

export const caption: ParseRule = {
  name: 'caption',
  purpose: 'Photo captions and credits are dropped.',
  reads: ['open lines'],
  sets: ['dropped: caption', 'cut: caption', 'line text'],
  run,
};

function isShort(t: string, max: number): boolean {
  return wordCount(t, max + 1) <= max;
}

function run(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  open.forEach((line, i) => {
    const t = line.text;
    const labelled =
      (CAPTION.test(t) && wordCount(t) >= MIN_CAPTION_WORDS) ||
      (LOWER_CASE_LABEL_CAPTION.test(t) && wordCount(t) >= MIN_LOWER_CASE_LABEL_CAPTION_WORDS);
    const creditOnly = isCreditOnly(t);
    // A credit alone on its line (`Photo: Name / Outlet`, `Name/Outlet`): the short line above
    // is the caption it credits. (A short one is a credit even where its label reads as a
    // caption's, `Photo: Dan Ortiz / The Courier`; a long one under a label is a caption.)
    if (creditOnly && isShort(t, labelled ? MAX_CREDIT_WORDS : MAX_CAPTION_WORDS)) {
      drop(line, 'caption');
      const above = open[i - 1];
      if (above && isOpen(above) && isShort(above.text, MAX_CAPTION_ABOVE_CREDIT_WORDS))
        drop(above, 'caption');
    } else if (labelled) {
      drop(line, 'caption');
    } else if (!endsSentence(t) && isCaption(t)) {
      const at = creditStart(t);
      const before = at > 0 ? t.slice(0, at).trim() : '';
      if (endsSentence(before) && !isShort(before, MIN_GLUED_PARAGRAPH_WORDS - 1)) {
        state.cut.push({ line: line.no, text: t.slice(at).trim(), reason: 'caption' });
        line.text = before;
      } else if (isShort(t, MAX_CAPTION_WORDS)) drop(line, 'caption');
    }
  });
}
