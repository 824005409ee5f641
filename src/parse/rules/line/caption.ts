// Photo captions: "Label: a photo of …" with no closing full stop.
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type ParseState } from '../../state.ts';
import { wordCount } from '../../text.ts';

export function caption(state: ParseState): void {
  for (const line of state.lines) {
    if (!isOpen(line)) continue;
    if (PATTERNS.caption.test(line.text) && wordCount(line.text) >= PATTERNS.minCaptionWords) {
      drop(line, 'caption');
    }
  }
}
