// Spaces of every kind become one plain space; invisible characters go.
import { PATTERNS } from '../../patterns.ts';
import type { ParseState } from '../../state.ts';

export function whitespace(state: ParseState): void {
  for (const line of state.lines) {
    // Plain ASCII text without double spaces needs only a trim (hot path).
    if (!PATTERNS.unusualSpacing.test(line.raw)) {
      line.text = line.raw.trim();
      continue;
    }
    line.text = line.raw
      .replace(PATTERNS.zeroWidth, '')
      .replace(PATTERNS.invisibleSpace, ' ')
      .replace(PATTERNS.spaceRun, ' ')
      .trim();
  }
}
