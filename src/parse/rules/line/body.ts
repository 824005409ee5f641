// Whatever no earlier rule claimed is the article's body.
import { isOpen, type ParseState } from '../../state.ts';

export function body(state: ParseState): void {
  for (const line of state.lines) if (isOpen(line)) line.role = 'body';
}
