// Whatever no earlier rule claimed is the article's body.
import { isOpen, type ParseRule, type ParseState } from '../../state.ts';

export const body: ParseRule = {
  name: 'body',
  purpose: "Whatever no earlier rule claimed is the article's body.",
  reads: ['open lines'],
  sets: ['line role body'],
  essential: true,
  run,
};

function run(state: ParseState): void {
  for (const line of state.lines) if (isOpen(line)) line.role = 'body';
}
