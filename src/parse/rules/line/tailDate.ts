// A publication date printed only under the article (`Published on 17 February 2020`, `Publié le
// 4 mars 2019`, `Veröffentlicht am …`), as blogs and some outlets print it. Read only when the
// head printed no date, from a line that labels a publication (not an update) and prints the
// date and little else, and only just after the article's last paragraph: a date further down
// the page belongs to something else (a listed story, a comment). pageRegion leaves such a line
// open for this rule.
import { MAX_LINES_AFTER_ARTICLE, publishedDate } from '../../readers/publishedDate.ts';
import { drop, type ParseRule, type ParseState } from '../../state.ts';
import { isProse } from '../../text.ts';

export const tailDate: ParseRule = {
  name: 'tailDate',
  purpose:
    'A labelled publication date just under the article (`Published on …`) is its date when the head printed none.',
  reads: ['open lines', 'date'],
  sets: ['date', 'dateText', 'line role date', 'cut: head-rest', 'dropped: head-field:unused'],
  needs: ['headerFields'],
  run,
};

function run(state: ParseState): void {
  const lines = state.lines;
  let last = -1;
  for (let i = lines.length - 1; i >= 0 && last < 0; i--)
    if (lines[i]!.role === null && isProse(lines[i]!.text)) last = i;
  if (last < 0) return;
  let seen = 0;
  for (let i = last + 1; i < lines.length && seen < MAX_LINES_AFTER_ARTICLE; i++) {
    const line = lines[i]!;
    if (line.text === '') continue;
    seen++;
    const found = line.role === null ? publishedDate(line.text) : null;
    if (!found) continue;
    // The head's date wins; this one is reported as another date line.
    if (state.date !== null) {
      drop(line, 'head-field:unused');
      continue;
    }
    state.date = found.iso;
    state.dateText = found.text;
    line.role = 'date';
    const rest = line.text.replace(found.text, ' ').replace(/\s+/g, ' ').trim();
    if (rest !== '') state.cut.push({ line: line.no, text: rest, reason: 'head-rest' });
  }
}
