// Spaces of every kind become one plain space; invisible characters go.
import { PATTERNS } from '../../patterns.ts';
import type { ParseState } from '../../state.ts';

export function whitespace(state: ParseState): void {
  for (const line of state.lines) {
    line.text = line.raw
      .replace(PATTERNS.zeroWidth, '')
      .replace(PATTERNS.controlChars, '')
      .replace(PATTERNS.invisibleSpace, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();
  }
}
