// Spaces of every kind become one plain space; invisible characters go.
import type { ParseRule, ParseState } from '../../state.ts';
import { normalizeSpacing } from '../../text.ts';

export const whitespace: ParseRule = {
  name: 'whitespace',
  purpose:
    'Spaces of every kind become one plain space and invisible characters go, in the text the later rules read.',
  reads: ['raw lines'],
  sets: ['line text'],
  run,
};

function run(state: ParseState): void {
  for (const line of state.lines) line.text = normalizeSpacing(line.raw);
}
