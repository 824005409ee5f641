// Editor signatures (`S/SH 11`, `AK/PA`, `Manar/Manal/ H. Said`): on a line of their own,
// or glued to the end of the last paragraph, where they are cut off and reported.
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';

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
    if (PATTERNS.initialsSignature.test(line.text) || PATTERNS.namesSignature.test(line.text)) {
      drop(line, 'signature');
      continue;
    }
    // A signature holds a slash; most lines do not (hot path).
    const glued = line.text.includes('/') ? PATTERNS.trailingSignature.exec(line.text) : null;
    if (glued) {
      state.cut.push({ line: line.no, text: glued[1]!, reason: 'signature' });
      line.text = line.text.slice(0, glued.index).trim();
    }
  }
}
