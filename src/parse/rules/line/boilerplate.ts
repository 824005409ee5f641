// Whole lines that every site prints around an article: comment forms, subscribe boxes,
// share buttons, licence footers, reporting credits. Each kind is a pattern in PATTERNS.
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';

export const boilerplate: ParseRule = {
  name: 'boilerplate',
  purpose:
    'Whole lines every site prints around an article (comment forms, share buttons, licences, …) are dropped by kind.',
  reads: ['open lines'],
  sets: ['dropped: boilerplate:KIND'],
  run,
};

function run(state: ParseState): void {
  for (const line of state.lines) {
    if (!isOpen(line) || !PATTERNS.boilerplateAny.test(line.text)) continue;
    for (const [kind, re] of PATTERNS.boilerplate) {
      if (re.test(line.text)) {
        drop(line, `boilerplate:${kind}`);
        break;
      }
    }
  }
}
