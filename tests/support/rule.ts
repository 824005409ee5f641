// A parser rule made up for a test.
import type { ParseRule, ParseState } from '../../src/parse/state.ts';

export const testRule = (name: string, run: (state: ParseState) => void = () => {}): ParseRule => ({
  name,
  purpose: 'a test rule',
  reads: [],
  sets: [],
  run,
});
