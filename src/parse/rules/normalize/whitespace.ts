// Spaces of every kind become one plain space; invisible characters go.
import type { ParseState } from '../../state.ts';
import { normalizeSpacing } from '../../text.ts';

export function whitespace(state: ParseState): void {
  for (const line of state.lines) line.text = normalizeSpacing(line.raw);
}
