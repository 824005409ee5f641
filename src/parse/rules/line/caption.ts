// Photo captions: "Label: a photo of …" with no closing full stop; a line ending in a photo
// credit (`… Photograph: Name`, `… [File: Reuters]`); a credit on its own line, and the short
// caption line just above such a credit.
import { isCaption } from '../../pageHead.ts';
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';
import { endsSentence, wordCount } from '../../text.ts';

export const caption: ParseRule = {
  name: 'caption',
  purpose: 'Photo captions and credits are dropped.',
  reads: ['open lines'],
  sets: ['dropped: caption'],
  run,
};

function isShort(t: string, max: number): boolean {
  return wordCount(t, max + 1) <= max;
}

function run(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  open.forEach((line, i) => {
    const t = line.text;
    if (PATTERNS.caption.test(t) && wordCount(t) >= PATTERNS.minCaptionWords) {
      drop(line, 'caption');
    } else if (PATTERNS.creditLine.test(t) && isShort(t, PATTERNS.maxCaptionWords)) {
      drop(line, 'caption');
      const above = open[i - 1];
      if (above && isOpen(above) && isShort(above.text, PATTERNS.maxCaptionAboveCreditWords))
        drop(above, 'caption');
    } else if (!endsSentence(t) && isShort(t, PATTERNS.maxCaptionWords) && isCaption(t)) {
      drop(line, 'caption');
    }
  });
}
