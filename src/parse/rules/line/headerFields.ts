// The article's head: date lines and bylines near the top, before the body starts.
import { dateLine } from '../../dates.ts';
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type ParseState } from '../../state.ts';
import { isName, isProse, wordCount } from '../../text.ts';

export function headerFields(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  let updated: { iso: string; text: string } | null = null;
  for (let i = 0; i < open.length; i++) {
    const line = open[i]!;
    const t = line.text;
    if (isProse(t) && i > 0 && state.date === null && wordCount(t) > 25) break;
    const date = dateLine(t);
    if (date && !PATTERNS.relativeDate.test(t)) {
      line.role = 'date';
      if (PATTERNS.updatedLabel.test(t)) updated ??= date;
      else if (state.date === null) {
        state.date = date.iso;
        state.dateText = date.text;
      }
      continue;
    }
    if (PATTERNS.publishedLabel.test(t) || /^\|$/.test(t) || /^updated\s*:?$/i.test(t)) {
      drop(line, 'label');
      continue;
    }
    const by = PATTERNS.byline.exec(t);
    if (by && state.byline === null && isName(by[1]!.trim())) {
      state.byline = by[1]!.trim();
      line.role = 'byline';
      continue;
    }
    const next = open[i + 1];
    if (PATTERNS.bylineAlone.test(t) && next && isName(next.text) && state.byline === null) {
      drop(line, 'label');
      next.role = 'byline';
      state.byline = next.text;
      i++;
      continue;
    }
    const rep = PATTERNS.republishedBy.exec(t);
    if (rep && state.byline === null) {
      state.byline = rep[1]!.trim();
      state.source ??= rep[2]!.replace(/\.(?:com|net|org)$/i, '').trim();
      line.role = 'byline';
    }
  }
  if (state.date === null && updated) {
    state.date = updated.iso;
    state.dateText = updated.text;
  }
}
