// Front matter wins over whatever the text gave: it is how a user supplies what is missing.
import { findDate } from '../../dates.ts';
import type { ParseState } from '../../state.ts';

export function frontOverrides(state: ParseState): void {
  const f = state.front;
  if (f.title) state.title = f.title;
  if (f.source) state.source = f.source;
  if (f.byline) state.byline = f.byline;
  if (f.dateline) state.dateline = f.dateline;
  if (f.date) {
    const d = findDate(f.date);
    if (d) {
      state.date = d.iso;
      state.dateText = f.date;
    } else state.warnings.push(`front matter date "${f.date}" is not a date; ignored`);
  }
}
